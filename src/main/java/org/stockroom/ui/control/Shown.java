package org.stockroom.ui.control;

import java.util.function.Function;
import javafx.util.StringConverter;

/**
 * The text a choice box or a non-editable combo box shows for its values. Such a box is only ever picked from,
 * never typed into, so there is no way back from text to value.
 */
public final class Shown {

    private Shown() {}

    /** Shows each value as {@code text} gives it, and {@code none} for no value. */
    public static <T> StringConverter<T> as(Function<T, String> text, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                return null; // never typed into
            }
        };
    }
}
