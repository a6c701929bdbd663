package dev.syllabus.kb;

/** The kinds of entity in the knowledge base; each lives in its own folder of the content tree. */
public enum EntityType implements Token {
    CONCEPT("concepts"),
    PAPER("papers"),
    RESOURCE("resources"),
    CREATOR("creators"),
    PATH("paths"),
    GUIDE("guides");

    private final String folder;

    EntityType(String folder) {
        this.folder = folder;
    }

    /** The folder under content/ that holds this kind's files, and the plural used in routes and the CLI. */
    public String folder() {
        return folder;
    }

    public static java.util.Optional<EntityType> fromFolder(String folder) {
        for (EntityType t : values()) {
            if (t.folder.equals(folder)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
