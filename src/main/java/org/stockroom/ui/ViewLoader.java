package org.stockroom.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads the FXML that sits beside a view class ({@code FooView} -> {@code Foo.fxml} in the same package), with
 * the given view as its controller through the loader's controller factory.
 */
public final class ViewLoader {

    public <V> Parent load(V view) {
        Class<?> type = view.getClass();
        String fxml = type.getSimpleName().replaceFirst("View$", "") + ".fxml";
        URL location = type.getResource(fxml);
        if (location == null) {
            throw new IllegalStateException("Missing " + fxml + " beside " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(location);
        loader.setControllerFactory(requested -> {
            if (!requested.isInstance(view)) {
                throw new IllegalStateException(fxml + " asks for controller " + requested.getName());
            }
            return view;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
