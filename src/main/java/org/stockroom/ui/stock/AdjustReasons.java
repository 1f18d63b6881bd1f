package org.stockroom.ui.stock;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import org.stockroom.service.reason.ReasonCode;

/** An adjustment's reasons: the codes that fit the sign typed (+3 offers Found, Returned; -3 Damaged, Missing). */
final class AdjustReasons {

    private AdjustReasons() {}

    /**
     * The codes that fit the quantity's sign as it is typed (all of them while it is not a number); a chosen code
     * that no longer fits is let go, so a gain is never saved as Damaged.
     */
    static FilteredList<ReasonCode> fittingTheSign(
            List<ReasonCode> codes, StringProperty quantity, ObjectProperty<ReasonCode> chosen) {
        FilteredList<ReasonCode> fitting = new FilteredList<>(FXCollections.observableArrayList(codes));
        quantity.addListener((o, was, now) -> {
            Long typed = signedQuantity(now);
            fitting.setPredicate(r -> typed == null || r.fit().suits(typed));
            if (chosen.get() != null && !fitting.contains(chosen.get())) {
                chosen.set(null);
            }
        });
        return fitting;
    }

    private static Long signedQuantity(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.strip().replace("+", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
