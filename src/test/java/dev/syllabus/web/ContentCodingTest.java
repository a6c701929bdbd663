package dev.syllabus.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ContentCodingTest {
    @Test
    void gzipIsSentWhenTheClientListsIt() {
        assertThat(ContentCoding.acceptsGzip("br, gzip;q=0.8")).isTrue();
    }

    @Test
    void gzipWithAZeroWeightIsRefusedEvenWhenAnyCodingIsAccepted() {
        assertThat(ContentCoding.acceptsGzip("gzip;q=0, *")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {";", ",", ";;", " ; q=1", ",;,", "", ";gzip"})
    void aHeaderOfOnlySeparatorsMeansNoCompressionRatherThanAFailure(String header) {
        assertThat(ContentCoding.acceptsGzip(header)).isFalse();
    }
}
