package org.stockroom.service.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.stockroom.domain.FieldError;
import org.stockroom.service.ValidationException;

/**
 * How a data folder is backed up automatically, kept in its {@code backup.properties}: a second folder to copy
 * each backup to (a USB stick, a network share; none by default), how many daily and weekly backups to keep, and
 * whether closing the last window backs up too.
 */
public record BackupSettings(Path copyTo, int keepDaily, int keepWeekly, boolean onClose) {

    public static final String FILE_NAME = "backup.properties";
    public static final BackupSettings DEFAULT = new BackupSettings(null, 7, 4, true);

    public BackupSettings {
        if (keepDaily < 1 || keepWeekly < 0) {
            throw new ValidationException(
                    new FieldError("keep", "Keep at least 1 daily backup (and 0 or more weekly)"));
        }
        if (copyTo != null && !copyTo.isAbsolute()) {
            throw new ValidationException(new FieldError(
                    "copyTo", "The second backup folder must be a full path," + " not '" + copyTo + "'"));
        }
    }

    public static BackupSettings load(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return DEFAULT;
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            String copy = p.getProperty("copy.to", "").strip();
            return new BackupSettings(
                    copy.isEmpty() ? null : Path.of(copy),
                    Integer.parseInt(p.getProperty("keep.daily", "7").strip()),
                    Integer.parseInt(p.getProperty("keep.weekly", "4").strip()),
                    Boolean.parseBoolean(p.getProperty("on.close", "true").strip()));
        } catch (IOException | NumberFormatException e) {
            throw new ValidationException(new FieldError("settings", file + " cannot be read: " + e.getMessage()));
        }
    }

    public void save(Path dataDirectory) {
        Properties p = new Properties();
        p.setProperty("copy.to", copyTo == null ? "" : copyTo.toString());
        p.setProperty("keep.daily", Integer.toString(keepDaily));
        p.setProperty("keep.weekly", Integer.toString(keepWeekly));
        p.setProperty("on.close", Boolean.toString(onClose));
        Path file = dataDirectory.resolve(FILE_NAME);
        try (OutputStream out = Files.newOutputStream(file)) {
            p.store(out, "Stockroom automatic backups");
        } catch (IOException e) {
            throw new ValidationException(new FieldError("settings", "Cannot save " + file + ": " + e.getMessage()));
        }
    }
}
