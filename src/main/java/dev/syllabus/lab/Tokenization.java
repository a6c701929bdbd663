package dev.syllabus.lab;

import java.util.List;

/** A text through one encoding: its tokens in order, each with its id, its bytes and the text those bytes spell. */
public record Tokenization(String encoding, int count, int characters, int bytes, List<Piece> tokens) {
    /**
     * One token. {@code text} is what its bytes spell; a token holding part of a multi-byte character has
     * {@code partial} set and shows the replacement character, because only its neighbours complete the character.
     */
    public record Piece(int id, String text, String hex, boolean partial) {
    }
}
