package org.stockroom.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.stockroom.ui.conflict.ConflictChoice;
import org.stockroom.ui.conflict.ConflictViewModel;

/** A DialogService for view-model tests: answers conflicts from a script and remembers what it was shown. */
public final class RecordingDialogService implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<ConflictViewModel> conflicts = new ArrayList<>();
    public final Deque<ConflictChoice> conflictAnswers = new ArrayDeque<>();
    public final List<DialogModel<?>> shown = new ArrayList<>();
    public final Deque<Path> fileAnswers = new ArrayDeque<>();
    public final List<TaskHandle> progress = new ArrayList<>();
    public boolean confirmAnswer;
    public final List<String> confirmations = new ArrayList<>();

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        confirmations.add(message);
        return confirmAnswer;
    }

    /** Records a conflict and answers it from the script; any other dialog is not for view-model tests. */
    @Override
    @SuppressWarnings("unchecked") // a ConflictViewModel is a DialogModel<ConflictChoice>
    public <R> Optional<R> show(DialogModel<R> model) {
        if (model instanceof ConflictViewModel conflict) {
            conflicts.add(conflict);
            return (Optional<R>) Optional.ofNullable(conflictAnswers.poll());
        }
        shown.add(model);
        return Optional.empty();
    }

    @Override
    public void showProgress(String title, TaskHandle task) {
        progress.add(task);
    }

    @Override
    public Optional<Path> chooseFile(String title, boolean save, String extension) {
        return Optional.ofNullable(fileAnswers.poll());
    }
}
