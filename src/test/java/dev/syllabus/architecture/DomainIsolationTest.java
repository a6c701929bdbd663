package dev.syllabus.architecture;

import org.junit.jupiter.api.Test;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The domain package depends on nothing but the JDK's java.* and itself. Reads the compiled classes' constant pools, so
 * fully qualified names and annotations are caught as well as imports.
 */
class DomainIsolationTest {
    private static final Path KB_CLASSES = Path.of("target/classes/dev/syllabus/kb");

    @Test
    void domainClassesReferenceOnlyJavaAndTheDomain() throws IOException {
        Set<String> foreign = new TreeSet<>();
        for (Path classFile : classFiles()) {
            for (String referenced : referencedClasses(classFile)) {
                if (!referenced.startsWith("java/") && !referenced.startsWith("dev/syllabus/kb/")) {
                    foreign.add(KB_CLASSES.relativize(classFile) + " -> " + referenced);
                }
            }
        }
        assertThat(foreign).as("classes in dev.syllabus.kb referring outside java.* and dev.syllabus.kb").isEmpty();
    }

    @Test
    void theCheckSeesTheDomainClasses() throws IOException {
        assertThat(classFiles()).extracting(p -> p.getFileName().toString()).contains("KnowledgeBase.class", "Slug.class");
    }

    private static List<Path> classFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(KB_CLASSES)) {
            return walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
    }

    /** Class names in the constant pool, including those inside descriptors such as {@code (Ljavax/Foo;)V}. */
    static List<String> referencedClasses(Path classFile) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(classFile); DataInputStream in = new DataInputStream(raw)) {
            in.readInt();
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> {
                        String utf = in.readUTF();
                        var m = java.util.regex.Pattern.compile("L([a-zA-Z_$][\\w/$]*);").matcher(utf);
                        while (m.find()) {
                            names.add(m.group(1));
                        }
                        if (utf.matches("[a-z]+(/[\\w$]+)+")) {
                            names.add(utf);
                        }
                    }
                    case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag + " in " + classFile);
                }
            }
        }
        return names;
    }
}
