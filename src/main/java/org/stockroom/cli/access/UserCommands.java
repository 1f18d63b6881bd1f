package org.stockroom.cli.access;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stockroom.cli.ActingUser;
import org.stockroom.cli.DatabaseOptions;
import org.stockroom.cli.ExitCodes;
import org.stockroom.cli.PasswordFile;
import org.stockroom.domain.access.Role;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.BackendOpener;
import org.stockroom.service.access.UserService;
import org.stockroom.service.access.UserView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stockroom user add|list|disable|passwd}. */
public final class UserCommands {

    private UserCommands() {}

    @Command(
            name = "user",
            mixinStandardHelpOptions = true,
            description = "Users and their roles. The first 'user add' on a database without users needs no"
                    + " credentials and must add an admin; after that an admin runs these (--user, with the"
                    + " password in $" + ActingUser.PASSWORD_VARIABLE + " or --user-password-file).",
            subcommands = {Add.class, ListUsers.class, Disable.class, Passwd.class, Unlock.class, Recover.class})
    public static final class Group {}

    /** The shared shape: open the database, say who acts, run, print one line. */
    abstract static class UserCommand implements Callable<Integer> {

        private final BackendOpener opener;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Mixin
        ActingUser acting = new ActingUser();

        @Spec
        CommandSpec spec;

        UserCommand(BackendOpener opener) {
            this.opener = opener;
        }

        @Override
        public Integer call() {
            try (Backend backend = opener.open(database.target())) {
                run(backend, spec.commandLine().getOut());
                return ExitCodes.OK;
            }
        }

        abstract void run(Backend backend, PrintWriter out);
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user.")
    static final class Add extends UserCommand {

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(
                names = "--role",
                required = true,
                paramLabel = "ROLE",
                description = "viewer, clerk, supervisor or admin.")
        String role;

        @Option(names = "--new-password-file", required = true, paramLabel = "FILE", description = "Their password.")
        Path newPasswordFile;

        Add(BackendOpener opener) {
            super(opener);
        }

        @Override
        void run(Backend backend, PrintWriter out) {
            UserService users = backend.users();
            Role parsed = Role.parse(role)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "--role: '" + role + "' is not one of viewer, clerk, supervisor, admin"));
            String password = PasswordFile.read(newPasswordFile);
            UserView added;
            if (!users.hasUsers()) {
                if (parsed != Role.ADMIN) {
                    throw new IllegalArgumentException(
                            "--role: the first user of a database must be an admin (--role admin)");
                }
                added = users.createFirstAdministrator(name, password, acting.workstation());
            } else {
                added = users.add(acting.signIn(backend, null), name, parsed, password);
            }
            out.printf("Added %s (%s)%n", added.name(), added.role().title());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users and their roles.")
    static final class ListUsers extends UserCommand {

        ListUsers(BackendOpener opener) {
            super(opener);
        }

        @Override
        void run(Backend backend, PrintWriter out) {
            UserService users = backend.users();
            acting.signIn(backend, null); // a Viewer may list; an unknown caller may not
            for (UserView user : users.list()) {
                out.printf(
                        "%-20s %-10s %s%s%s%n",
                        user.name(),
                        user.role().title(),
                        user.active() ? "active" : "disabled",
                        user.hasPin() ? ", PIN set" : "",
                        user.lockedUntil() != null && user.lockedUntil().isAfter(java.time.Instant.now())
                                ? ", locked until " + user.lockedUntil()
                                : "");
            }
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable a user (never deleted).")
    static final class Disable extends UserCommand {

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        Disable(BackendOpener opener) {
            super(opener);
        }

        @Override
        void run(Backend backend, PrintWriter out) {
            UserService users = backend.users();
            Actor by = acting.signIn(backend, null);
            out.printf("Disabled %s%n", users.disable(by, name).name());
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true, description = "Set a user's password.")
    static final class Passwd extends UserCommand {

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--new-password-file", required = true, paramLabel = "FILE", description = "The new password.")
        Path newPasswordFile;

        Passwd(BackendOpener opener) {
            super(opener);
        }

        @Override
        void run(Backend backend, PrintWriter out) {
            UserService users = backend.users();
            String password = PasswordFile.read(newPasswordFile);
            Actor by = acting.signIn(backend, null);
            out.printf(
                    "New password set for %s%n",
                    users.resetPassword(by, name, password).name());
        }
    }

    @Command(
            name = "unlock",
            mixinStandardHelpOptions = true,
            description = "Lift the lock after repeated wrong passwords (an admin).")
    static final class Unlock extends UserCommand {

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        Unlock(BackendOpener opener) {
            super(opener);
        }

        @Override
        void run(Backend backend, PrintWriter out) {
            Actor by = acting.signIn(backend, null);
            out.printf("Unlocked %s%n", backend.users().unlock(by, name).name());
        }
    }

    @Command(
            name = "recover",
            mixinStandardHelpOptions = true,
            description = "For a site whose only admin is locked out or forgot the password: give NAME a new"
                    + " password and make them an active admin. Needs no sign-in but works only on the data folder"
                    + " itself (--data-dir, not --server), with 'serve' and every window stopped: whoever can"
                    + " open that folder holds the database anyway.")
    static final class Recover implements Callable<Integer> {

        private final BackendOpener opener;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--new-password-file", required = true, paramLabel = "FILE", description = "The new password.")
        Path newPasswordFile;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Mixin
        ActingUser acting = new ActingUser();

        @Spec
        CommandSpec spec;

        Recover(BackendOpener opener) {
            this.opener = opener;
        }

        @Override
        public Integer call() {
            String password = PasswordFile.read(newPasswordFile);
            try (Backend backend = opener.open(new DatabaseTarget.Local(database.localDirectory()))) {
                UserView user = backend.recovery().recover(name, password, acting.workstation());
                spec.commandLine().getOut().printf("%s is an active admin again, with the new password%n", user.name());
                return ExitCodes.OK;
            }
        }
    }
}
