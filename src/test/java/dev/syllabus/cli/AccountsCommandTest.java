package dev.syllabus.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static dev.syllabus.cli.CliRun.syllabus;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code syllabus accounts}: accounts added, listed, removed and given new passwords, passwords from standard input. */
class AccountsCommandTest {
    @TempDir
    Path folder;

    private CliRun accounts(String stdin, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "accounts";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--database";
        all[args.length + 2] = folder.resolve("progress.db").toString();
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return syllabus(all);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void anAddedAccountIsListed() {
        accounts("correct horse battery\n", "add", "ana").succeeds();
        assertThat(accounts("", "list").succeeds().out()).startsWith("ana  (since ");
    }

    @Test
    void theListOfANewDatabaseSaysHowToAddOne() {
        assertThat(accounts("", "list").succeeds().out()).contains("no accounts", "syllabus accounts add NAME");
    }

    @Test
    void aTakenNameFailsWithExitOne() {
        accounts("correct horse battery\n", "add", "ana").succeeds();
        CliRun again = accounts("another password\n", "add", "ana");
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("'ana' exists already");
        again.hasNoStackTrace();
    }

    @Test
    void aNameTooLongIsAUsageError() {
        accounts("correct horse battery\n", "add", "x".repeat(101)).isUsageError("at most 100");
    }

    @Test
    void noPasswordOnStandardInputIsAUsageError() {
        accounts("", "add", "ana").isUsageError("no password on standard input");
    }

    @Test
    void aShortPasswordIsAUsageError() {
        accounts("short\n", "add", "ana").isUsageError("give at least 8");
    }

    @Test
    void aRemovedAccountLeavesTheList() {
        accounts("correct horse battery\n", "add", "ana").succeeds();
        accounts("", "remove", "ana").succeeds();
        assertThat(accounts("", "list").out()).contains("no accounts");
    }

    @Test
    void removingAnUnknownAccountIsAUsageError() {
        accounts("", "remove", "ana").isUsageError("no account is named 'ana'", "accounts list");
    }

    @Test
    void aNewPasswordIsTakenFromStandardInput() {
        accounts("correct horse battery\n", "add", "ana").succeeds();
        assertThat(accounts("a brand new passphrase\n", "password", "ana").succeeds().out()).contains("password of ana changed");
    }
}
