package org.stockroom.service.settings;

import java.nio.file.Path;
import java.util.Optional;
import org.stockroom.persistence.ConnectionSettings;
import org.stockroom.persistence.DatabaseTarget;

/**
 * Which database the window opens at its next start: this computer's data folder, or a {@code stockroom
 * serve} on the network (with an optional password file). Kept in the user's settings file.
 */
public final class ConnectionChoices {

    /** A saved choice: {@code server} null means this computer's data folder. */
    public record Choice(String server, Path passwordFile) {
        public static final Choice LOCAL = new Choice(null, null);
    }

    private final ConnectionSettings settings;

    public ConnectionChoices(ConnectionSettings settings) {
        this.settings = settings;
    }

    public Choice load() {
        ConnectionSettings.Saved saved = settings.load();
        return new Choice(saved.server(), saved.passwordFile());
    }

    public void save(Choice choice) {
        settings.save(
                choice.server() == null
                        ? ConnectionSettings.Saved.LOCAL
                        : new ConnectionSettings.Saved(choice.server(), choice.passwordFile()));
    }

    /** What is wrong with a server address typed as HOST:PORT, if anything. */
    public static Optional<String> problemWithServer(String address) {
        try {
            DatabaseTarget.Remote.parse(address, "");
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }
}
