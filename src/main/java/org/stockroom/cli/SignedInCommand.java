package org.stockroom.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.BackendOpener;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The shape of a command that acts as someone: open the database, sign in who acts ({@link ActingUser}: --user
 * with a password, or a token; on a database without users, say so on stderr), run, close. Exit 0 unless the run
 * throws, which {@link FailureHandler} turns into one line and an exit status.
 */
public abstract class SignedInCommand implements Callable<Integer> {

    private final BackendOpener opener;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Mixin
    ActingUser acting = new ActingUser();

    @Spec
    CommandSpec spec;

    protected SignedInCommand(BackendOpener opener) {
        this.opener = opener;
    }

    @Override
    public final Integer call() {
        try (Backend backend = opener.open(database.target())) {
            Actor by = acting.signIn(backend, err());
            run(backend, by, spec.commandLine().getOut());
            return ExitCodes.OK;
        }
    }

    /** What the command does, as {@code by}; what it prints for scripts goes to {@code out}. */
    protected abstract void run(Backend backend, Actor by, PrintWriter out);

    /** For notes beside the output (stderr), e.g. where a secret shown once came from. */
    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
