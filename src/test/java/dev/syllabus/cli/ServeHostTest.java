package dev.syllabus.cli;

import org.junit.jupiter.api.Test;

import static dev.syllabus.cli.CliRun.syllabus;
import static org.assertj.core.api.Assertions.assertThat;

/** A --host the server cannot listen on is a usage error that says why, not a port conflict. */
class ServeHostTest {
    @Test
    void anUnknownHostNameSaysItCannotBeResolved() {
        CliRun run = syllabus("serve", "--host", "no-such-host.invalid", "--port", "0")
                .isUsageError("--host 'no-such-host.invalid'", "no such host");
        assertThat(run.err()).doesNotContain("in use");
    }

    @Test
    void anAddressOfAnotherMachineSaysItIsNotOneOfThisMachine() {
        // 192.0.2.0/24 is reserved for documentation (RFC 5737): no machine has it.
        CliRun run = syllabus("serve", "--host", "192.0.2.1", "--port", "0")
                .isUsageError("--host '192.0.2.1'", "not an address of this machine", "127.0.0.1", "0.0.0.0");
        assertThat(run.err()).doesNotContain("in use");
    }
}
