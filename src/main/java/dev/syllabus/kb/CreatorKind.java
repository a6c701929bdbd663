package dev.syllabus.kb;

/** Whether a creator is a person, a channel or an organisation. */
public enum CreatorKind implements Token {
    PERSON,
    CHANNEL,
    ORGANISATION;
}
