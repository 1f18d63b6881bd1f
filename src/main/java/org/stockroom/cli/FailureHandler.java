package org.stockroom.cli;

import org.stockroom.persistence.backup.BackupException;
import org.stockroom.service.ExpectedFailure;
import org.stockroom.service.UnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns a failure into one line on stderr and the matching exit status; no stack traces for users. */
public final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        int status = statusOf(e);
        commandLine.getErr().println("stockroom: " + lineFor(e));
        if (status == ExitCodes.INTERNAL_ERROR) {
            e.printStackTrace(commandLine.getErr());
        }
        return status;
    }

    /** The one line a user reads: the failure's message, with where the command line takes what was refused. */
    static String lineFor(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        boolean passwordRefused = ExpectedFailure.of(e)
                .filter(UnavailableException.class::isInstance)
                .map(failure -> ((UnavailableException) failure).serverRefusedPassword())
                .orElse(false);
        return passwordRefused ? message + " (set STOCKROOM_SERVER_PASSWORD or --password-file)" : message;
    }

    /** The exit status of a failure: by its kind if the service layer expected it, else by what it is. */
    static int statusOf(Exception e) {
        return ExpectedFailure.of(e)
                .map(expected -> switch (expected.kind()) {
                    case INVALID_INPUT, NOT_FOUND -> ExitCodes.BAD_INPUT;
                    case REFUSED_FOR_STOCK -> ExitCodes.INSUFFICIENT_STOCK;
                    case CONFLICT, BUSY -> ExitCodes.CONFLICT;
                    case UNAVAILABLE -> ExitCodes.DATABASE_UNAVAILABLE;
                    case NOT_ALLOWED -> ExitCodes.NOT_ALLOWED;
                })
                .orElseGet(() -> e instanceof IllegalArgumentException
                        ? ExitCodes.BAD_INPUT
                        : e instanceof BackupException ? ExitCodes.BACKUP_FAILED : ExitCodes.INTERNAL_ERROR);
    }
}
