package dev.syllabus.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordCodecTest {
    enum Colour { RED, GREEN }

    sealed interface Shape permits Circle, Square {
    }

    record Circle(double radius) implements Shape {
    }

    record Square(float side, Optional<String> label) implements Shape {
    }

    record Leaf(String name, int count, long big, boolean flag, Colour colour, byte[] data) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Leaf l && name.equals(l.name) && count == l.count && big == l.big && flag == l.flag
                    && colour == l.colour && Arrays.equals(data, l.data);
        }

        @Override
        public int hashCode() {
            return name.hashCode();
        }
    }

    record Tree(List<Leaf> leaves, Set<String> tags, Map<Colour, List<Integer>> byColour, Optional<Tree> child,
                List<Shape> shapes, String maybe) {
    }

    record Positive(int value) {
        Positive {
            if (value <= 0) {
                throw new IllegalArgumentException("not positive: " + value);
            }
        }
    }

    record Holder(List<Positive> values) {
    }

    private static final RecordCodec<Tree> TREES = RecordCodec.of(Tree.class);

    private static Tree sample() {
        Map<Colour, List<Integer>> byColour = new LinkedHashMap<>();
        byColour.put(Colour.GREEN, List.of(3, 1, 2));
        byColour.put(Colour.RED, List.of());
        Tree child = new Tree(List.of(), new LinkedHashSet<>(List.of("z", "a")), Map.of(), Optional.empty(), List.of(), "set");
        return new Tree(List.of(new Leaf("é ✓ 𝄞", -7, Long.MAX_VALUE, true, Colour.RED, new byte[]{0, -1, 127})),
                new LinkedHashSet<>(List.of("b", "a", "c")), byColour, Optional.of(child),
                List.of(new Circle(1.5), new Square(2f, Optional.of("sq")), new Square(0f, Optional.empty())), null);
    }

    @Test
    void aTreeOfRecordsReadsBackEqual() throws IOException {
        assertThat(TREES.decode(TREES.encode(sample()))).isEqualTo(sample());
    }

    @Test
    void setsAndMapsKeepTheOrderTheyWereWrittenIn() throws IOException {
        Tree read = TREES.decode(TREES.encode(sample()));
        assertThat(read.tags()).containsExactly("b", "a", "c");
        assertThat(read.byColour().keySet()).containsExactly(Colour.GREEN, Colour.RED);
    }

    @Test
    void whatIsReadCannotBeChanged() throws IOException {
        Tree read = TREES.decode(TREES.encode(sample()));
        assertThatThrownBy(() -> read.leaves().add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> read.byColour().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aValueItsConstructorRefusesIsADamagedInputNotAnotherException() {
        RecordCodec<Holder> codec = RecordCodec.of(Holder.class);
        byte[] bytes = codec.encode(new Holder(List.of(new Positive(5))));
        bytes[bytes.length - 1] = 0; // the int 5 becomes 0, which Positive refuses
        assertThatThrownBy(() -> codec.decode(bytes)).isInstanceOf(IOException.class).hasMessageContaining("Positive");
    }

    @Test
    void bytesLeftOverAreADamagedInput() {
        byte[] bytes = TREES.encode(sample());
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> TREES.decode(longer)).isInstanceOf(IOException.class).hasMessageContaining("left over");
    }

    @Test
    void aTypeOutsideTheSupportedOnesIsRefusedWhenTheCodecIsMade() {
        record WithObject(Object anything) {
        }
        assertThatThrownBy(() -> RecordCodec.of(WithObject.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Object");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void truncatedOrFlippedBytesEndInAnIOExceptionOrAValueNeverAnythingElse(long seed) {
        byte[] good = TREES.encode(sample());
        Random random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            byte[] bad = random.nextBoolean() ? Arrays.copyOf(good, random.nextInt(good.length))
                    : flip(good, random);
            try {
                TREES.decode(bad);
            } catch (IOException expected) {
                // damaged data is allowed to be refused, as long as it is refused this way
            }
        }
    }

    private static byte[] flip(byte[] good, Random random) {
        byte[] bad = good.clone();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            bad[random.nextInt(bad.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return bad;
    }
}
