package org.stockroom.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The dialogs a view model may open, behind an interface so that view models are testable without windows.
 * It names no feature: a feature's dialog is shown through {@link #show(DialogModel)}, with the view the window
 * root registered for that kind of model.
 */
public interface DialogService {

    void showError(String title, String message);

    /** A message that is not a failure; by default shown the way errors are. */
    default void showInformation(String title, String message) {
        showError(title, message);
    }

    boolean confirm(String title, String message, String confirmLabel);

    /**
     * A failure nobody expected: "Something went wrong" with what was being done, that nothing was saved half-way,
     * and a Copy details button. By default shown the way errors are.
     */
    default void showUnexpected(String doing, Throwable error) {
        showError(
                "Something went wrong",
                FailureReport.of(
                                doing,
                                error,
                                null,
                                org.stockroom.service.VersionInfo.version(),
                                java.time.Instant.now())
                        .summary());
    }

    /** Opens the dialog for {@code model}, returns when it is closed, with its answer (empty if dismissed). */
    <R> Optional<R> show(DialogModel<R> model);

    /**
     * Shows how far long work is, with a Cancel button that asks it to stop between batches; closes by itself
     * when the work ends. Returns at once.
     */
    void showProgress(String title, TaskHandle task);

    /** Asks for a file to read ({@code save} false) or to write; {@code extension} may list several: "csv,xlsx". */
    Optional<Path> chooseFile(String title, boolean save, String extension);
}
