package dev.syllabus.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A password for the accounts commands: asked for twice without echo when a person sits at a terminal, else the first
 * line of standard input, so scripts can pipe one in (never an argument, which other users could see in ps).
 */
final class PasswordInput {
    private PasswordInput() {
    }

    static String read(String prompt) {
        Console console = System.console();
        return console != null ? ask(console, prompt) : firstLine();
    }

    private static String ask(Console console, String prompt) {
        char[] first = console.readPassword("%s", prompt);
        char[] again = console.readPassword("Again: ");
        if (first == null || again == null) {
            throw new UsageError("no password given: type it twice, or pipe it in on standard input");
        }
        try {
            if (!Arrays.equals(first, again)) {
                throw new UsageError("the two passwords differ: nothing was changed; run the command again");
            }
            return new String(first);
        } finally {
            Arrays.fill(first, ' ');
            Arrays.fill(again, ' ');
        }
    }

    private static String firstLine() {
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new UsageError("no password on standard input: pipe one line in, e.g. "
                        + "printf '%s\\n' \"$PASSWORD\" | syllabus accounts add NAME, or run it on a terminal to be asked");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("standard input cannot be read", e);
        }
    }
}
