package dev.syllabus.web;

import org.eclipse.jetty.io.ByteBufferPool;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's connections never share request buffers through a pool. Jetty 12.1's HTTP/1 connection, after a
 * request it could not parse, can fill its request buffer from a second thread once the first has handed that buffer
 * back to the pool, so another connection reads those bytes: with that fill delayed 5 ms, a valid request was
 * answered with someone else's 431. It is the likeliest cause of the extra answer RouteFuzzIT saw about once in a
 * million requests (see WebServer's connector).
 */
class ConnectorBuffersIT {
    @Test
    void everyConnectorIsConfiguredWithUnpooledBuffers() {
        try (WebServer server = Servers.bundled()) {
            assertThat(server.bufferPools()).isNotEmpty().containsOnly(ByteBufferPool.NON_POOLING);
        }
    }
}
