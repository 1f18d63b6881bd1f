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
 * The Connection page: whether the window opens this computer's data folder, a {@code stockroom serve} on the
 * network, or a PostgreSQL database. Saved for the next start; the open database is not switched under the user's
 * feet.
 */
public final class ConnectionViewModel {

    public static final String SERVER = "server";
    public static final String DATABASE = "database";
    public static final String PASSWORD_FILE = "passwordFile";

    private final ConnectionChoices settings;
    private final String current;
    private final BooleanProperty useServer = new SimpleBooleanProperty(false);
    private final BooleanProperty usePostgres = new SimpleBooleanProperty(false);
    private final StringProperty server = new SimpleStringProperty("");
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty passwordFile = new SimpleStringProperty("");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ConnectionViewModel(ConnectionChoices settings, String current) {
        this.settings = settings;
        this.current = current;
        Choice saved = settings.load();
        useServer.set(saved.server() != null);
        usePostgres.set(saved.database() != null);
        server.set(saved.server() == null ? "" : saved.server());
        database.set(saved.database() == null ? "" : saved.database());
        passwordFile.set(
                saved.passwordFile() == null ? "" : saved.passwordFile().toString());
        server.addListener(o -> errors.remove(SERVER));
        database.addListener(o -> errors.remove(DATABASE));
        passwordFile.addListener(o -> errors.remove(PASSWORD_FILE));
    }

    /** Checks and saves; nothing is written if anything is wrong. */
    public void save() {
        errors.clear();
        if (!useServer.get() && !usePostgres.get()) {
            settings.save(Choice.LOCAL);
            message.set("Saved: Stockroom will open this computer's data folder when it next starts.");
            return;
        }
        String address = (usePostgres.get() ? database : server).get().strip();
        if (usePostgres.get()) {
            ConnectionChoices.problemWithDatabase(address).ifPresent(problem -> errors.put(DATABASE, problem));
        } else {
            ConnectionChoices.problemWithServer(address).ifPresent(problem -> errors.put(SERVER, problem));
        }
        String file = passwordFile.get().strip();
        if (!file.isEmpty() && !Files.isReadable(Path.of(file))) {
            errors.put(PASSWORD_FILE, "Cannot read the password file " + file);
        }
        if (!errors.isEmpty()) {
            message.set("Not saved: " + String.join("; ", errors.values()) + ".");
            return;
        }
        Path password = file.isEmpty() ? null : Path.of(file);
        settings.save(usePostgres.get() ? new Choice(null, address, password) : new Choice(address, null, password));
        String variable = usePostgres.get() ? "STOCKROOM_DATABASE_PASSWORD" : "STOCKROOM_SERVER_PASSWORD";
        message.set("Saved: Stockroom will connect to " + address + " when it next starts"
                + (file.isEmpty() ? " (the password must then be in " + variable + ")." : "."));
    }

    public String current() {
        return current;
    }

    public BooleanProperty useServerProperty() {
        return useServer;
    }

    /** Chosen: a PostgreSQL database (exclusive with {@link #useServerProperty()}; the page's radio buttons). */
    public BooleanProperty usePostgresProperty() {
        return usePostgres;
    }

    public StringProperty databaseProperty() {
        return database;
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
