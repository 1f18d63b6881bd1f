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
import org.stockroom.persistence.Dialect;
import org.stockroom.persistence.LocalKey;

/**
 * A Stockroom backup is one zip file: the database file (for H2 {@code stockroom.mv.db}, written by its online
 * {@code BACKUP TO}, transactionally consistent while others keep writing), the folder's key (without it the copy
 * cannot be opened) and {@code manifest.properties} (what the copy holds and whether it was verified). The
 * engine's file name, backup statement and URLs come from the {@link Dialect} of the database backed up.
 */
public final class BackupFiles {

    public static final String MANIFEST = "manifest.properties";

    private final Dialect dialect;
    private final String databaseFile;

    public BackupFiles(Dialect dialect) {
        this.dialect = dialect;
        this.databaseFile = dialect.databaseFileName();
    }

    /** The engine's online backup of the open database into {@code zip} (the database file only). */
    public void onlineBackup(DataSource source, Path zip) {
        try (Connection c = source.getConnection();
                PreparedStatement backup = c.prepareStatement(dialect.backupStatement())) {
            backup.setString(1, zip.toAbsolutePath().toString());
            backup.execute();
            c.commit();
        } catch (SQLException e) {
            throw new BackupException("The database could not be backed up to " + zip + ": " + e.getMessage(), e);
        }
    }

    /** Copies a closed database folder's file into {@code zip}: for keeping a database before it is replaced. */
    public void copyClosedDatabase(Path dataDirectory, Path zip) {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.setLevel(Deflater.BEST_SPEED); // gigabytes at a million SKUs: speed over the last few percent
            out.putNextEntry(new ZipEntry(databaseFile));
            Files.copy(dataDirectory.resolve(databaseFile), out);
            out.closeEntry();
        } catch (IOException e) {
            throw new BackupException("Cannot copy the database in " + dataDirectory + " to " + zip, e);
        }
    }

    /**
     * Writes the finished backup: {@code h2Zip}'s database file, the key of {@code dataDirectory} and the
     * manifest, first beside {@code target} and then moved into place, so a half-written backup never has its name.
     */
    public void assemble(Path h2Zip, Path dataDirectory, Properties manifest, Path target) {
        Path draft = target.resolveSibling(target.getFileName() + ".part");
        try {
            try (ZipFile h2 = new ZipFile(h2Zip.toFile())) {
                if (h2.getEntry(databaseFile) == null) {
                    throw new BackupException("The database's backup " + h2Zip + " holds no " + databaseFile, null);
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
    public void unpack(Path zip, Path into) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            Files.createDirectories(into);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                if (name.equals(databaseFile) || name.equals(LocalKey.FILE_NAME)) {
                    try (OutputStream out = Files.newOutputStream(into.resolve(name))) {
                        in.transferTo(out);
                    }
                }
            }
        } catch (IOException e) {
            throw new BackupException("Cannot read the backup " + zip + ": " + e.getMessage(), e);
        }
        if (!Files.exists(into.resolve(databaseFile))) {
            throw new BackupException(zip + " is not a Stockroom backup: it holds no " + databaseFile, null);
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
    public DataSource copyAt(Path folder) {
        return dialect.plainDataSource(dialect.localUrl(folder, true), dialect.localUser(), keyOf(folder));
    }

    /**
     * A plain data source on the database in {@code folder} that fails to connect if any process has it open,
     * this one included: for proving that nothing would keep using a database about to be replaced.
     */
    public DataSource aloneAt(Path folder) {
        return dialect.plainDataSource(dialect.localUrlOpenedAlone(folder), dialect.localUser(), keyOf(folder));
    }

    public boolean databaseIn(Path folder) {
        return dialect.databaseExistsIn(folder);
    }

    private static String keyOf(Path folder) {
        return Files.exists(folder.resolve(LocalKey.FILE_NAME)) ? LocalKey.of(folder) : "";
    }

    /** Moves an unpacked copy's files into a data folder whose database is closed. */
    public void install(Path copy, Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            for (String name : new String[] {databaseFile, LocalKey.FILE_NAME}) {
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
