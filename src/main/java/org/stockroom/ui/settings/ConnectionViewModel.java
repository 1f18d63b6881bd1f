package org.stockroom.ui.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.stockroom.service.settings.ConnectionChoices;
import org.stockroom.service.settings.ConnectionChoices.Choice;

/**
 * The Connection page: whether the window opens this computer's data folder or a {@code stockroom serve} on
 * the network. Saved for the next start; the open database is not switched under the user's feet.
 */
public final class ConnectionViewModel {

    public static final String SERVER = "server";
    public static final String PASSWORD_FILE = "passwordFile";

    private final ConnectionChoices settings;
    private final String current;
    private final BooleanProperty useServer = new SimpleBooleanProperty(false);
    private final StringProperty server = new SimpleStringProperty("");
    private final StringProperty passwordFile = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ConnectionViewModel(ConnectionChoices settings, String current) {
        this.settings = settings;
        this.current = current;
        Choice saved = settings.load();
        useServer.set(saved.server() != null);
        server.set(saved.server() == null ? "" : saved.server());
        passwordFile.set(
                saved.passwordFile() == null ? "" : saved.passwordFile().toString());
        server.addListener(o -> errors.remove(SERVER));
        passwordFile.addListener(o -> errors.remove(PASSWORD_FILE));
    }

    /** Checks and saves; nothing is written if anything is wrong. */
    public void save() {
        errors.clear();
        if (!useServer.get()) {
            settings.save(Choice.LOCAL);
            message.set("Saved: Stockroom will open this computer's data folder when it next starts.");
            return;
        }
        String address = server.get().strip();
        ConnectionChoices.problemWithServer(address).ifPresent(problem -> errors.put(SERVER, problem));
        String file = passwordFile.get().strip();
        if (!file.isEmpty() && !Files.isReadable(Path.of(file))) {
            errors.put(PASSWORD_FILE, "Cannot read the password file " + file);
        }
        if (!errors.isEmpty()) {
            message.set("Not saved: " + String.join("; ", errors.values()) + ".");
            return;
        }
        settings.save(new Choice(address, file.isEmpty() ? null : Path.of(file)));
        message.set("Saved: Stockroom will connect to " + address + " when it next starts"
                + (file.isEmpty() ? " (the password must then be in STOCKROOM_SERVER_PASSWORD)." : "."));
    }

    public String current() {
        return current;
    }

    public BooleanProperty useServerProperty() {
        return useServer;
    }

    public StringProperty serverProperty() {
        return server;
    }

    public StringProperty passwordFileProperty() {
        return passwordFile;
    }

    public ObservableMap<String, String> errors() {
        return FXCollections.unmodifiableObservableMap(errors);
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
