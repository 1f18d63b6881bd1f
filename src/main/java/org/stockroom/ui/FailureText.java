package org.stockroom.ui;

import java.util.Optional;
import org.stockroom.service.ExpectedFailure;

/** The window's words for a failed service call, by the failure's kind: the one place that chooses them. */
public final class FailureText {

    private FailureText() {}

    /** What to tell the user; a busy database is worth another try, the form keeps what was typed. */
    public static String of(Throwable error) {
        return ExpectedFailure.of(error)
                .map(expected -> switch (expected.kind()) {
                    case BUSY -> expected.getMessage() + " Press Save to try again.";
                    case INVALID_INPUT, NOT_FOUND, REFUSED_FOR_STOCK, CONFLICT, UNAVAILABLE, NOT_ALLOWED ->
                        expected.getMessage();
                })
                .orElseGet(() -> "Something went wrong: "
                        + (error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage())
                        + ". Nothing was saved half-way; the log file (Help > About) has the details.");
    }

    /** The failure's kind, if the service layer expected it. */
    public static Optional<ExpectedFailure.Kind> kindOf(Throwable error) {
        return ExpectedFailure.of(error).map(ExpectedFailure::kind);
    }
}
