package org.stockroom.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.stockroom.ui.conflict.ConflictChoice;
import org.stockroom.ui.conflict.ConflictViewModel;
import org.stockroom.ui.product.ProductFormViewModel;
import org.stockroom.ui.stock.AdjustStockViewModel;

/** A DialogService for view-model tests: answers conflicts from a script and remembers what it was shown. */
public final class RecordingDialogService implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<ConflictViewModel> conflicts = new ArrayList<>();
    public final Deque<ConflictChoice> conflictAnswers = new ArrayDeque<>();
    public boolean confirmAnswer;

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return confirmAnswer;
    }

    @Override
    public Optional<ConflictChoice> resolveConflict(ConflictViewModel conflict) {
        conflicts.add(conflict);
        return Optional.ofNullable(conflictAnswers.poll());
    }

    @Override
    public void showProductForm(ProductFormViewModel form) {
        throw new UnsupportedOperationException("not in view-model tests");
    }

    @Override
    public void showAdjustStock(AdjustStockViewModel form) {
        throw new UnsupportedOperationException("not in view-model tests");
    }
}
