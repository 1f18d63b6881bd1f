package org.stockroom.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/**
 * The key backups are sealed with: 32 random bytes kept in the data folder ({@code backup.key}, private), never in
 * a backup. A backup copied off the PC is useless without it; restoring on another PC needs this file too, so the
 * README tells the admin to keep a copy of it apart from the backups.
 */
public final class BackupKey {

    public static final String FILE_NAME = "backup.key";
    private static final int BYTES = 32;

    private final byte[] bytes;

    private BackupKey(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    /** The data folder's backup key, made on first use. */
    public static BackupKey of(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                LocalKey.create(file, BYTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the backup key " + file + ": " + e.getMessage(), e);
        }
        return read(file);
    }

    /** A key file given by hand (a restore on another PC); a clear error if it is not one. */
    public static BackupKey read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the backup key " + file + ": " + e.getMessage(), e);
        }
        if (!text.matches("[0-9a-f]{" + 2 * BYTES + "}")) {
            throw new IllegalArgumentException(file + " is not a Stockroom backup key (64 hex digits)");
        }
        return new BackupKey(HexFormat.of().parseHex(text));
    }

    /** True if the data folder has a backup key already. */
    public static boolean existsIn(Path dataDirectory) {
        return Files.exists(dataDirectory.resolve(FILE_NAME));
    }

    /** Keeps this key as the data folder's backup key (which must not have one yet), private. */
    public void writeTo(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            PrivateFiles.newFile(file);
            Files.writeString(file, HexFormat.of().formatHex(bytes), StandardCharsets.US_ASCII);
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException(
                    "Cannot keep the backup key in " + file + ": " + e.getMessage(),
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
    }

    /** The key's bytes (a copy). */
    public byte[] bytes() {
        return bytes.clone();
    }
}
