package org.stockroom.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The password of the database's own administrator, kept in the data folder ({@code stockroom.key}). It is
 * not for people: it keeps a database that {@code stockroom serve} shares on the network closed to anyone
 * who does not have the folder itself. Clients of the server log in with the server password instead.
 */
public final class LocalKey {

    public static final String FILE_NAME = "stockroom.key";

    private LocalKey() {}

    public static String of(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                create(file, 24);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the database key " + file, e);
        }
    }

    /**
     * Writes a random key of {@code bytes} bytes (hex) beside the target and links it into place, so no process ever
     * reads half a key; private from the start.
     */
    static void create(Path file, int bytes) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] secret = new byte[bytes];
        new SecureRandom().nextBytes(secret);
        Path draft = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            PrivateFiles.file(draft);
            Files.writeString(draft, HexFormat.of().formatHex(secret), StandardCharsets.US_ASCII);
            Files.createLink(file, draft);
        } catch (FileAlreadyExistsException raced) {
            // another process made it first; use theirs
        } finally {
            Files.deleteIfExists(draft);
        }
    }
}
