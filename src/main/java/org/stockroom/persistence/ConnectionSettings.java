package org.stockroom.persistence;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Which database the window opens when the command line does not say: saved from the window's Connection
 * page in {@code settings.properties} in the per-user data folder. Only a server's or a PostgreSQL database's address
 * and the path of a password file are kept, never the password itself.
 */
public final class ConnectionSettings {

    public static final String FILE_NAME = "settings.properties";
    private static final String SERVER = "server";
    private static final String DATABASE = "database";
    private static final String PASSWORD_FILE = "passwordFile";

    private final Path file;

    public ConnectionSettings(Path file) {
        this.file = file;
    }

    /** The settings file in the platform's per-user data folder (not the one --data-dir points at). */
    public static ConnectionSettings forCurrentUser() {
        return new ConnectionSettings(DataDirectory.userDefault().resolve(FILE_NAME));
    }

    public Saved load() {
        if (!Files.exists(file)) {
            return Saved.LOCAL;
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        String server = properties.getProperty(SERVER, "").strip();
        String database = properties.getProperty(DATABASE, "").strip();
        String passwordFile = properties.getProperty(PASSWORD_FILE, "").strip();
        return new Saved(
                server.isEmpty() ? null : server,
                database.isEmpty() ? null : database,
                passwordFile.isEmpty() ? null : Path.of(passwordFile));
    }

    /** Writes the whole file anew beside the old one, then moves it into place: never half a file. */
    public void save(Saved saved) {
        Properties properties = new Properties();
        if (saved.server() != null) {
            properties.setProperty(SERVER, saved.server());
        }
        if (saved.database() != null) {
            properties.setProperty(DATABASE, saved.database());
        }
        if (saved.passwordFile() != null) {
            properties.setProperty(PASSWORD_FILE, saved.passwordFile().toString());
        }
        try {
            Files.createDirectories(file.getParent());
            Path draft = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            try (Writer out = Files.newBufferedWriter(draft, StandardCharsets.UTF_8)) {
                properties.store(out, "Stockroom connection settings");
            }
            Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    /**
     * A server (HOST:PORT) or a PostgreSQL database (postgresql://...) with an optional password file, or neither:
     * the local data folder.
     */
    public record Saved(String server, String database, Path passwordFile) {

        public static final Saved LOCAL = new Saved(null, null, null);

        /** A Stockroom server. */
        public Saved(String server, Path passwordFile) {
            this(server, null, passwordFile);
        }

        public Optional<String> serverAddress() {
            return Optional.ofNullable(server);
        }
    }
}
