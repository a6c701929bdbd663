package dev.syllabus.cli;

import dev.syllabus.progress.AccountName;
import dev.syllabus.progress.Accounts;
import dev.syllabus.progress.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code syllabus accounts ...}: the accounts of a team server, kept in its progress database. */
@Command(name = "accounts", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        description = "Add, list and remove the accounts of a team server (serve --database postgresql://...), or set "
                + "a password. Passwords are read from standard input, or asked for without echo on a terminal.",
        subcommands = {AccountsCommand.Add.class, AccountsCommand.ListAccounts.class, AccountsCommand.Remove.class,
                AccountsCommand.Password.class})
final class AccountsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The database option and the output every subcommand shares. */
    abstract static class Base implements Callable<Integer> {
        @Mixin
        DatabaseOption database;

        @Spec
        CommandSpec spec;

        <T> T withAccounts(Function<Accounts, T> work) {
            try (Database db = database.openForCommand()) {
                return work.apply(new Accounts(db, Clock.systemUTC()));
            }
        }

        void say(String line) {
            spec.commandLine().getOut().println(line);
        }
    }

    /** {@code accounts add NAME}: a new account with a password from standard input or the terminal. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an account; the password comes from "
            + "standard input (one line) or, on a terminal, is asked for twice without echo.")
    static final class Add extends Base {
        @Parameters(paramLabel = "NAME", description = "1 to 100 characters, no spaces at either end.")
        String name;

        @Override
        public Integer call() {
            AccountName account = new AccountName(name);
            String password = PasswordInput.read("Password for " + account + ": ");
            withAccounts(a -> a.create(account, password));
            say("account " + account + " added to " + database.address());
            return 0;
        }
    }

    /** {@code accounts list}: the accounts by name, with the day each was made. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts by name.")
    static final class ListAccounts extends Base {
        @Override
        public Integer call() {
            var all = withAccounts(Accounts::list);
            if (all.isEmpty()) {
                say("no accounts in " + database.address() + " yet: add one with 'syllabus accounts add NAME'");
            }
            all.forEach(a -> say(a.name() + "  (since " + a.created().atOffset(ZoneOffset.UTC).toLocalDate() + ")"));
            return 0;
        }
    }

    /** {@code accounts remove NAME}: the account goes, with its progress and sessions. */
    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an account with its progress "
            + "and sessions (export its progress first to keep a copy).")
    static final class Remove extends Base {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            AccountName account = new AccountName(name);
            withAccounts(a -> {
                a.remove(account);
                return null;
            });
            say("account " + account + " removed from " + database.address());
            return 0;
        }
    }

    /** {@code accounts password NAME}: a new password, and every session of the account logged out. */
    @Command(name = "password", mixinStandardHelpOptions = true, description = "Set a new password (read as for add); "
            + "the account is logged out everywhere.")
    static final class Password extends Base {
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            AccountName account = new AccountName(name);
            String password = PasswordInput.read("New password for " + account + ": ");
            withAccounts(a -> {
                a.changePassword(account, password);
                return null;
            });
            say("password of " + account + " changed; its sessions are logged out");
            return 0;
        }
    }
}
