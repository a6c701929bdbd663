package dev.syllabus.progress;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where progress is kept: the XDG data directory by default, or what the option or environment names. */
class DatabaseAddressTest {
    @Test
    void theDefaultIsInTheXdgDataHome() {
        DatabaseAddress a = DatabaseAddress.resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/data", "HOME", "/home/u"));
        assertThat(a.file()).hasValue(Path.of("/data/syllabus/progress.db"));
    }

    @Test
    void withoutXdgDataHomeItIsUnderDotLocalShare() {
        DatabaseAddress a = DatabaseAddress.resolve(Optional.empty(), Map.of("HOME", "/home/u"));
        assertThat(a.file()).hasValue(Path.of("/home/u/.local/share/syllabus/progress.db"));
    }

    @Test
    void theEnvironmentVariableOverridesTheDefault() {
        DatabaseAddress a = DatabaseAddress.resolve(Optional.empty(), Map.of(DatabaseAddress.ENV, "/tmp/p.db", "HOME", "/home/u"));
        assertThat(a.file()).hasValue(Path.of("/tmp/p.db"));
    }

    @Test
    void theOptionOverridesTheEnvironment() {
        DatabaseAddress a = DatabaseAddress.resolve(Optional.of("/opt/o.db"), Map.of(DatabaseAddress.ENV, "/tmp/p.db"));
        assertThat(a.file()).hasValue(Path.of("/opt/o.db"));
    }

    @Test
    void aPostgresAddressBecomesAJdbcUrlWithItsCredentialsApart() {
        DatabaseAddress a = DatabaseAddress.parse("postgresql://team:s%40cret@db.local:5433/syllabus");
        assertThat(a.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:5433/syllabus");
        assertThat(a.user()).hasValue("team");
        assertThat(a.password()).hasValue("s@cret");
        assertThat(a.display()).doesNotContain("cret");
    }

    @Test
    void anAddressOfAnotherDatabaseIsRefusedSayingWhatToWrite() {
        assertThatThrownBy(() -> DatabaseAddress.parse("mysql://db/x")).hasMessageContaining("postgresql://user:password@host");
    }
}
