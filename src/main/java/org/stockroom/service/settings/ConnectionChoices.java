package org.stockroom.service.settings;

import java.nio.file.Path;
import java.util.Optional;
import org.stockroom.persistence.ConnectionSettings;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.persistence.PostgresAddress;

/**
 * Which database the window opens at its next start: this computer's data folder, a {@code stockroom serve} on the
 * network, or a PostgreSQL database (with an optional password file). Kept in the user's settings file.
 */
public final class ConnectionChoices {

    /** A saved choice: {@code server} and {@code database} both null mean this computer's data folder. */
    public record Choice(String server, String database, Path passwordFile) {
        public static final Choice LOCAL = new Choice(null, null, null);

        /** A Stockroom server. */
        public Choice(String server, Path passwordFile) {
            this(server, null, passwordFile);
        }
    }

    private final ConnectionSettings settings;

    public ConnectionChoices(ConnectionSettings settings) {
        this.settings = settings;
    }

    public Choice load() {
        ConnectionSettings.Saved saved = settings.load();
        return new Choice(saved.server(), saved.database(), saved.passwordFile());
    }

    public void save(Choice choice) {
        settings.save(
                choice.server() == null && choice.database() == null
                        ? ConnectionSettings.Saved.LOCAL
                        : new ConnectionSettings.Saved(choice.server(), choice.database(), choice.passwordFile()));
    }

    /** What is wrong with a PostgreSQL address ({@code postgresql://[USER@]HOST[:PORT]/DB}), if anything. */
    public static Optional<String> problemWithDatabase(String address) {
        try {
            PostgresAddress.parse(address, () -> "");
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage().replaceFirst("^--database ", "The address "));
        }
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
