package dev.syllabus.lab;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import com.knuddels.jtokkit.api.IntArrayList;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokenizer lab: a text through the real byte-level BPE encodings of OpenAI's models (via jtokkit, which ships
 * their vocabularies), token by token with ids and bytes. Special tokens such as {@code <|endoftext|>} are encoded as
 * ordinary text, because a learner's text is never a control sequence.
 */
public final class TokenizerLab {
    /** Enough for a few paragraphs; a page of tokens is already more than anyone reads. */
    public static final int MAX_CHARS = 4_000;
    private static final EncodingRegistry REGISTRY = Encodings.newLazyEncodingRegistry();

    /** The encodings offered, oldest first, with the models that use them. */
    public enum Name {
        R50K_BASE(EncodingType.R50K_BASE, "GPT-2, GPT-3"),
        P50K_BASE(EncodingType.P50K_BASE, "Codex, text-davinci-002/003"),
        CL100K_BASE(EncodingType.CL100K_BASE, "GPT-3.5, GPT-4"),
        O200K_BASE(EncodingType.O200K_BASE, "GPT-4o");

        private final EncodingType type;
        private final String models;

        Name(EncodingType type, String models) {
            this.type = type;
            this.models = models;
        }

        public String id() {
            return type.getName();
        }

        public String models() {
            return models;
        }

        public static Name of(String field, String id) {
            for (Name n : values()) {
                if (n.id().equalsIgnoreCase(id.trim())) {
                    return n;
                }
            }
            throw new LabInputException(field, "must be one of r50k_base, p50k_base, cl100k_base, o200k_base, got '" + id.trim() + "'");
        }
    }

    private TokenizerLab() {
    }

    public static List<Tokenization> encodeAll(String text) {
        Bounds.text("text", text, MAX_CHARS);
        return List.of(Name.values()).stream().map(n -> encode(n, text)).toList();
    }

    public static Tokenization encode(Name name, String text) {
        Bounds.text("text", text, MAX_CHARS);
        Encoding enc = REGISTRY.getEncoding(name.type);
        IntArrayList ids = enc.encodeOrdinary(text);
        List<Tokenization.Piece> pieces = new ArrayList<>(ids.size());
        int bytes = 0;
        for (int i = 0; i < ids.size(); i++) {
            IntArrayList one = new IntArrayList(1);
            one.add(ids.get(i));
            byte[] b = enc.decodeBytes(one);
            bytes += b.length;
            String whole = strictUtf8(b);
            pieces.add(new Tokenization.Piece(ids.get(i), whole == null ? new String(b, StandardCharsets.UTF_8) : whole,
                    hex(b), whole == null));
        }
        return new Tokenization(name.id(), ids.size(), text.length(), bytes, List.copyOf(pieces));
    }

    private static String strictUtf8(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(s.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02x", x & 0xff));
        }
        return s.toString();
    }
}
