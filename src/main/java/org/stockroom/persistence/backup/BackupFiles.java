package org.stockroom.persistence.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Properties;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.stockroom.persistence.H2Dialect;
import org.stockroom.persistence.LocalKey;

/**
 * A Stockroom backup is one zip file: the database file ({@code stockroom.mv.db}, written by H2's online
 * {@code BACKUP TO}, transactionally consistent while others keep writing), the folder's key (without it the copy
 * cannot be opened) and {@code manifest.properties} (what the copy holds and whether it was verified).
 */
public final class BackupFiles {

    public static final String MANIFEST = "manifest.properties";
    static final String DATABASE_FILE = H2Dialect.FILE_NAME + ".mv.db";

    private BackupFiles() {}

    /** H2's online backup of the open database into {@code zip} (the database file only). */
    public static void onlineBackup(DataSource source, Path zip) {
        try (Connection c = source.getConnection();
                PreparedStatement backup = c.prepareStatement(new H2Dialect().backupStatement())) {
            backup.setString(1, zip.toAbsolutePath().toString());
            backup.execute();
            c.commit();
        } catch (SQLException e) {
            throw new BackupException("The database could not be backed up to " + zip + ": " + e.getMessage(), e);
        }
    }

    /** Copies a closed database folder's file into {@code zip}: for keeping a database before it is replaced. */
    public static void copyClosedDatabase(Path dataDirectory, Path zip) {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.setLevel(Deflater.BEST_SPEED); // gigabytes at a million SKUs: speed over the last few percent
            out.putNextEntry(new ZipEntry(DATABASE_FILE));
            Files.copy(dataDirectory.resolve(DATABASE_FILE), out);
            out.closeEntry();
        } catch (IOException e) {
            throw new BackupException("Cannot copy the database in " + dataDirectory + " to " + zip, e);
        }
    }

    /**
     * Writes the finished backup: {@code h2Zip}'s database file, the key of {@code dataDirectory} and the
     * manifest, first beside {@code target} and then moved into place, so a half-written backup never has its name.
     */
    public static void assemble(Path h2Zip, Path dataDirectory, Properties manifest, Path target) {
        Path draft = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (ZipFile h2 = new ZipFile(h2Zip.toFile())) {
                if (h2.getEntry(DATABASE_FILE) == null) {
                    throw new BackupException("H2's backup " + h2Zip + " holds no " + DATABASE_FILE, null);
                }
            }
            // H2's zip is taken as it is and the key and manifest are added to it: deflating the database a second
            // time took about 5 minutes of a 12-minute backup at 1,000,000 SKUs.
            Files.copy(h2Zip, draft, StandardCopyOption.REPLACE_EXISTING);
            try (FileSystem zip = FileSystems.newFileSystem(draft)) {
                Files.copy(dataDirectory.resolve(LocalKey.FILE_NAME), zip.getPath(LocalKey.FILE_NAME));
                try (OutputStream out = Files.newOutputStream(zip.getPath(MANIFEST))) {
                    manifest.store(out, "Stockroom backup");
                }
            }
            Files.move(draft, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new BackupException("Cannot write the backup " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(draft);
        }
    }

    /** Unpacks a backup's database file (and key, if it has one) into the empty folder {@code into}. */
    public static void unpack(Path zip, Path into) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            Files.createDirectories(into);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                if (name.equals(DATABASE_FILE) || name.equals(LocalKey.FILE_NAME)) {
                    try (OutputStream out = Files.newOutputStream(into.resolve(name))) {
                        in.transferTo(out);
                    }
                }
            }
        } catch (IOException e) {
            throw new BackupException("Cannot read the backup " + zip + ": " + e.getMessage(), e);
        }
        if (!Files.exists(into.resolve(DATABASE_FILE))) {
            throw new BackupException(zip + " is not a Stockroom backup: it holds no " + DATABASE_FILE, null);
        }
    }

    /** The manifest of a backup, or empty properties if it has none (an H2 zip, a damaged file). */
    public static Properties manifest(Path zip) {
        Properties manifest = new Properties();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(MANIFEST);
            if (entry != null) {
                try (InputStream in = file.getInputStream(entry)) {
                    manifest.load(in);
                }
            }
        } catch (IOException e) {
            throw new BackupException(zip + " cannot be read as a backup: " + e.getMessage(), e);
        }
        return manifest;
    }

    /** A plain data source on an unpacked copy (must exist; opened with the copy's own key). */
    public static JdbcDataSource copyAt(Path folder) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(new H2Dialect().localUrl(folder, true));
        source.setUser(new H2Dialect().localUser());
        source.setPassword(Files.exists(folder.resolve(LocalKey.FILE_NAME)) ? LocalKey.of(folder) : "");
        return source;
    }

    /** Moves an unpacked copy's files into a data folder whose database is closed. */
    public static void install(Path copy, Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            for (String name : new String[] {DATABASE_FILE, LocalKey.FILE_NAME}) {
                Path from = copy.resolve(name);
                if (Files.exists(from)) {
                    Files.move(from, dataDirectory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot put the restored database into " + dataDirectory, e);
        }
    }

    /** Deletes a scratch folder and everything in it. */
    public static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(BackupFiles::deleteQuietly);
        } catch (IOException ignored) {
            // leave it; it is in the temporary folder
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind harms nothing
        }
    }
}
