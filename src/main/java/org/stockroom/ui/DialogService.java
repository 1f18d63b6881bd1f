package org.stockroom.ui;

import java.util.Optional;
import org.stockroom.ui.conflict.ConflictChoice;
import org.stockroom.ui.conflict.ConflictViewModel;
import org.stockroom.ui.product.ProductFormViewModel;
import org.stockroom.ui.stock.AdjustStockViewModel;

/** Every dialog a view model may need, behind an interface so view models are testable without windows. */
public interface DialogService {

    void showError(String title, String message);

    /** A message that is not a failure; by default shown the way errors are. */
    default void showInformation(String title, String message) {
        showError(title, message);
    }

    boolean confirm(String title, String message, String confirmLabel);

    /** Shows mine / theirs / original and returns the user's choice (empty if the window was closed). */
    Optional<ConflictChoice> resolveConflict(ConflictViewModel conflict);

    /** Opens the product form and returns when it is closed. */
    void showProductForm(ProductFormViewModel form);

    /** Opens the stock dialog and returns when it is closed. */
    void showAdjustStock(AdjustStockViewModel form);
}
