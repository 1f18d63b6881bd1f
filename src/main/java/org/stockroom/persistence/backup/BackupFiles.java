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
import org.stockroom.persistence.BackupKey;
import org.stockroom.persistence.Dialect;
import org.stockroom.persistence.LocalKey;
import org.stockroom.persistence.PrivateFiles;

/**
 * A Stockroom backup is one zip file: {@code manifest.properties} (what the copy holds and whether it was verified:
 * counts and a checksum, nothing secret) and {@code database.sealed}, sealed with the site's {@link BackupKey}
 * (issue 24): inside it, the engine's own zip of the database file (for H2 {@code stockroom.mv.db}, written by its
 * online {@code BACKUP TO}, transactionally consistent while others keep writing) with the folder's database key.
 * Backups written before sealing hold those two in clear and are still read. The engine's file name, backup
 * statement and URLs come from the {@link Dialect} of the database backed up.
 */
public final class BackupFiles {

    public static final String MANIFEST = "manifest.properties";
    public static final String SEALED = "database.sealed";

    private final Dialect dialect;
    private final String databaseFile;
    private final BackupKey key;

    /** For the engine's own zips only (no sealed backup is written or read). */
    public BackupFiles(Dialect dialect) {
        this(dialect, null);
    }

    /** Backups sealed with {@code key}; null: none can be written, and a sealed one cannot be read. */
    public BackupFiles(Dialect dialect, BackupKey key) {
        this.dialect = dialect;
        this.databaseFile = dialect.databaseFileName();
        this.key = key;
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
            if (key == null) {
                throw new BackupException("No backup key to seal the backup " + target + " with", null);
            }
            // H2's zip is taken as it is, the key added, and sealed whole: deflating the database a second time
            // took about 5 minutes of a 12-minute backup at 1,000,000 SKUs.
            try (FileSystem zip = FileSystems.newFileSystem(h2Zip)) {
                Files.copy(dataDirectory.resolve(LocalKey.FILE_NAME), zip.getPath(LocalKey.FILE_NAME));
            }
            Files.deleteIfExists(draft);
            PrivateFiles.newFile(draft); // private before a byte is written, wherever it is copied later
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(draft))) {
                out.putNextEntry(new ZipEntry(MANIFEST));
                manifest.store(out, "Stockroom backup");
                out.closeEntry();
                out.setLevel(Deflater.NO_COMPRESSION); // sealed bytes do not compress
                out.putNextEntry(new ZipEntry(SEALED));
                OutputStream sealed = new BackupSeal(key).sealing(new NotClosing(out));
                Files.copy(h2Zip, sealed);
                sealed.close(); // writes the last segment and its tag
                out.closeEntry();
            }
            Files.move(draft, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new BackupException("Cannot write the backup " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(draft);
        }
    }

    /**
     * Unpacks a backup's database file (and key, if it has one) into the empty folder {@code into}: from its sealed
     * part (which needs this site's backup key), or from the zip itself (the engine's zip, an older backup).
     */
    public void unpack(Path zip, Path into) {
        try {
            PrivateFiles.folder(into);
            try (ZipFile file = new ZipFile(zip.toFile())) {
                ZipEntry sealed = file.getEntry(SEALED);
                if (sealed == null) {
                    for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                        try (InputStream in = file.getInputStream(entry)) {
                            writeIfWanted(entry.getName(), in, into);
                        }
                    }
                } else {
                    openSealed(zip, file.getInputStream(sealed), into);
                }
            }
        } catch (IOException e) {
            throw new BackupException("Cannot read the backup " + zip + ": " + e.getMessage(), e);
        }
        if (!Files.exists(into.resolve(databaseFile))) {
            throw new BackupException(zip + " is not a Stockroom backup: it holds no " + databaseFile, null);
        }
    }

    private void openSealed(Path zip, InputStream sealed, Path into) throws IOException {
        if (key == null) {
            throw new BackupException(
                    zip + " is sealed and this data folder has no backup key: give the backup key file of the"
                            + " folder it came from (--backup-key-file). Nothing was changed",
                    null);
        }
        try (ZipInputStream inner = new ZipInputStream(new BackupSeal(key).opening(sealed))) {
            for (ZipEntry entry = inner.getNextEntry(); entry != null; entry = inner.getNextEntry()) {
                writeIfWanted(entry.getName(), inner, into);
            }
        } catch (IOException e) {
            throw new BackupException(
                    zip + " cannot be opened with this backup key (another site's key, or a damaged file): "
                            + e.getMessage() + ". Nothing was changed",
                    e);
        }
    }

    private void writeIfWanted(String name, InputStream in, Path into) throws IOException {
        if (name.equals(databaseFile) || name.equals(LocalKey.FILE_NAME)) {
            Path out = into.resolve(name);
            Files.deleteIfExists(out);
            PrivateFiles.newFile(out);
            try (OutputStream to = Files.newOutputStream(out)) {
                in.transferTo(to);
            }
        }
    }

    /** Keeps the zip open when the sealing stream is closed to finish its last segment. */
    private static final class NotClosing extends java.io.FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
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
            PrivateFiles.folder(dataDirectory);
            for (String name : new String[] {databaseFile, LocalKey.FILE_NAME}) {
                Path from = copy.resolve(name);
                if (Files.exists(from)) {
                    Files.move(from, dataDirectory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    PrivateFiles.file(dataDirectory.resolve(name));
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
