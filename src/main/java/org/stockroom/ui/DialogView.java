package org.stockroom.ui;

import java.util.Optional;

/** The view of a dialog: its title, and its answer once it is closed (empty if it was dismissed). */
public interface DialogView<R> {

    String title();

    default Optional<R> result() {
        return Optional.empty();
    }
}
