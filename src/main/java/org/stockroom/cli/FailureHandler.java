package org.stockroom.cli;

import org.stockroom.persistence.DatabaseBusyException;
import org.stockroom.persistence.DatabaseUnavailableException;
import org.stockroom.persistence.backup.BackupException;
import org.stockroom.service.stock.CountConflictException;
import org.stockroom.service.stock.InsufficientStockException;
import org.stockroom.service.NotFoundException;
import org.stockroom.service.product.ProductConflictException;
import org.stockroom.service.reservation.ReservationClosedException;
import org.stockroom.service.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns a failure into one line on stderr and the matching exit status; no stack traces for users. */
final class FailureHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        int status = statusOf(e);
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        commandLine.getErr().println("stockroom: " + message);
        if (status == ExitCodes.INTERNAL_ERROR) {
            e.printStackTrace(commandLine.getErr());
        }
        return status;
    }

    static int statusOf(Exception e) {
        if (e instanceof ValidationException || e instanceof NotFoundException
                || e instanceof IllegalArgumentException) {
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof InsufficientStockException) {
            return ExitCodes.INSUFFICIENT_STOCK;
        }
        if (e instanceof ProductConflictException || e instanceof CountConflictException
                || e instanceof DatabaseBusyException || e instanceof ReservationClosedException) {
            return ExitCodes.CONFLICT;
        }
        if (e instanceof BackupException) {
            return ExitCodes.BACKUP_FAILED;
        }
        if (e instanceof DatabaseUnavailableException) {
            return ExitCodes.DATABASE_UNAVAILABLE;
        }
        return ExitCodes.INTERNAL_ERROR;
    }
}
