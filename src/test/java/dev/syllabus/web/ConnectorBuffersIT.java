package dev.syllabus.web;

import org.eclipse.jetty.io.ByteBufferPool;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's connections never share request buffers through a pool. Jetty 12.1's HTTP/1 connection, after a
 * request it could not parse, can fill its request buffer from a second thread once the first has handed that buffer
 * back to the pool; with pooling, another connection then reads those bytes and answers a request twice (seen by
 * RouteFuzzIT about once in a million requests, and made to happen every few hundred requests by delaying that fill).
 */
class ConnectorBuffersIT {
    @Test
    void everyConnectorAllocatesItsBuffersUnpooled() {
        try (WebServer server = Servers.bundled()) {
            assertThat(server.bufferPools()).isNotEmpty().containsOnly(ByteBufferPool.NON_POOLING);
        }
    }

    @Test
    void theConnectorListensOnTheChosenPort() {
        try (WebServer server = Servers.bundled(); RawHttp http = new RawHttp(server.port())) {
            assertThat(http.get("/health").status()).isEqualTo(200);
        }
    }
}
