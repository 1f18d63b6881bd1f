package org.stockroom.cli;

import java.nio.file.Path;
import java.util.Map;
import org.stockroom.persistence.ConnectionSettings;
import org.stockroom.persistence.DataDirectory;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.persistence.PostgresAddress;
import picocli.CommandLine.Option;

/**
 * Which database: a data folder (the default), a {@code stockroom serve} reached with a password, or a PostgreSQL
 * database.
 */
public final class DatabaseOptions {

    public static final String PASSWORD_VARIABLE = "STOCKROOM_SERVER_PASSWORD";
    public static final String DATABASE_PASSWORD_VARIABLE = "STOCKROOM_DATABASE_PASSWORD";

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Data folder (default: $" + DataDirectory.ENV_VARIABLE + ", else the per-user data folder).")
    Path dataDir;

    @Option(
            names = "--server",
            paramLabel = "HOST:PORT",
            description = "Use the database shared by 'stockroom serve' instead of a data folder.")
    String server;

    @Option(
            names = "--database",
            paramLabel = "postgresql://[USER@]HOST[:PORT]/DB",
            description = "Use a PostgreSQL database (user default: stockroom; its password from --password-file or $"
                    + DATABASE_PASSWORD_VARIABLE + ").")
    String database;

    @Option(
            names = "--password-file",
            paramLabel = "FILE",
            description = "File holding the server's or the PostgreSQL database's password (default: $"
                    + PASSWORD_VARIABLE + ", $" + DATABASE_PASSWORD_VARIABLE + ").")
    Path passwordFile;

    /** The process environment; a test gives its own, so that the machine's variables do not leak in. */
    Map<String, String> environment = System.getenv();

    public DatabaseTarget target() {
        if ((server != null ? 1 : 0) + (dataDir != null ? 1 : 0) + (database != null ? 1 : 0) > 1) {
            throw new IllegalArgumentException("Give one of --data-dir, --server and --database, not several");
        }
        if (server != null) {
            return serverTarget(server, "--server");
        }
        if (database != null) {
            return PostgresAddress.parse(database, () -> password(DATABASE_PASSWORD_VARIABLE, "database"));
        }
        return new DatabaseTarget.Local(DataDirectory.resolve(dataDir, environment));
    }

    /**
     * For the window: the command line wins; without --data-dir, --server or $STOCKROOM_DATA_DIR, the
     * connection saved on the window's Connection page.
     */
    public DatabaseTarget windowTarget(ConnectionSettings settings) {
        boolean chosenHere = server != null
                || dataDir != null
                || database != null
                || environment.get(DataDirectory.ENV_VARIABLE) != null;
        ConnectionSettings.Saved saved = chosenHere ? ConnectionSettings.Saved.LOCAL : settings.load();
        if (saved.server() == null && saved.database() == null) {
            return target();
        }
        if (passwordFile == null) {
            passwordFile = saved.passwordFile();
        }
        if (saved.database() != null) {
            try {
                return PostgresAddress.parse(saved.database(), () -> password(DATABASE_PASSWORD_VARIABLE, "database"));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the saved connection's database: " + e.getMessage(), e);
            }
        }
        return serverTarget(saved.server(), "the saved connection's server");
    }

    /** A bad address names where it came from: the option, or the window's saved connection. */
    private DatabaseTarget serverTarget(String address, String where) {
        try {
            return DatabaseTarget.Remote.parse(address, password());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    /** The folder a local command works on (serve, verify): --server makes no sense there. */
    public Path localDirectory() {
        if (server != null || database != null) {
            throw new IllegalArgumentException(
                    (server != null ? "--server" : "--database") + " cannot be used here; give --data-dir");
        }
        return DataDirectory.resolve(dataDir, environment);
    }

    /** The server password from --password-file or the environment; a clear refusal if there is none. */
    public String password() {
        return password(PASSWORD_VARIABLE, "server");
    }

    private String password(String variable, String whose) {
        return password(passwordFile, environment, variable, whose);
    }

    /**
     * A password from {@code file} if one is given, else from the environment's {@code variable}; a clear refusal
     * naming both if there is neither ({@code whose}: "server", "database").
     */
    public static String password(Path file, Map<String, String> environment, String variable, String whose) {
        if (file != null) {
            return PasswordFile.read(file);
        }
        String fromEnv = environment.get(variable);
        if (fromEnv == null || fromEnv.isBlank()) {
            throw new IllegalArgumentException(
                    "No " + whose + " password: set " + variable + " or give --password-file FILE");
        }
        return fromEnv.strip();
    }
}
