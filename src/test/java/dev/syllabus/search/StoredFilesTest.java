package dev.syllabus.search;

import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.junit.jupiter.api.Test;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredFilesTest {
    private final StoredFiles files = new StoredFiles(Map.of("b", new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 9}, "a", new byte[0]));

    @Test
    void listsItsFilesInNameOrderWithTheirLengths() throws IOException {
        assertThat(files.listAll()).containsExactly("a", "b");
        assertThat(files.fileLength("b")).isEqualTo(9);
    }

    @Test
    void readsAFileAsLuceneWroteItLittleEndian() throws IOException {
        try (IndexInput in = files.openInput("b", IOContext.READONCE)) {
            assertThat(in.readByte()).isEqualTo((byte) 1);
            assertThat(in.readLong()).isEqualTo(0x0908070605040302L);
        }
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> files.openInput("c", IOContext.READONCE)).isInstanceOf(FileNotFoundException.class)
                .hasMessageContaining("c");
    }

    @Test
    void writingIsRefused() {
        assertThatThrownBy(() -> files.createOutput("c", IOContext.DEFAULT)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> files.deleteFile("a")).isInstanceOf(UnsupportedOperationException.class);
    }
}
