package org.stockroom.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;

/**
 * Everything Stockroom keeps or writes is its user's alone: folders 700 and files 600 on POSIX systems, and on
 * Windows an ACL with one entry, the owner's. A readable database file gives everything away (H2's Recover tool
 * dumps it without a password, and the folder's key is beside it), so modes are the protection (issue 24).
 */
public final class PrivateFiles {

    private PrivateFiles() {}

    /** Creates {@code folder} (and its parents) if needed and makes it private; its parents are left as they are. */
    public static Path folder(Path folder) {
        try {
            Files.createDirectories(folder);
            restrict(folder, true);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the private folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Makes an existing file private. */
    public static void file(Path file) {
        try {
            restrict(file, false);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make " + file + " private: " + e.getMessage(), e);
        }
    }

    /** Creates a new, empty, private file (it must not exist): private before a byte is written. */
    public static Path newFile(Path file) {
        try {
            Files.createFile(file);
            restrict(file, false);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + file + ": " + e.getMessage(), e);
        }
    }

    /** A new private folder in the system's temporary folder: for unpacked copies of a database. */
    public static Path temporaryFolder(String prefix) {
        try {
            return folder(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a temporary folder: " + e.getMessage(), e);
        }
    }

    /**
     * Makes a data folder and everything in it private: run whenever a database is opened or restored, so a folder
     * made by an older Stockroom (755 and 644) is closed too.
     */
    public static void tighten(Path dataDirectory) {
        try {
            Files.walkFileTree(dataDirectory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    restrict(dir, true);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (attrs.isRegularFile()) {
                        restrict(file, false);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make " + dataDirectory + " private: " + e.getMessage(), e);
        }
    }

    private static void restrict(Path path, boolean folder) throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        if (posix != null) {
            posix.setPermissions(PosixFilePermissions.fromString(folder ? "rwx------" : "rw-------"));
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (acl != null) {
            // The owner may do everything; nobody else is listed, and nothing is inherited.
            acl.setAcl(List.of(AclEntry.newBuilder()
                    .setType(AclEntryType.ALLOW)
                    .setPrincipal(acl.getOwner())
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                    .build()));
        }
    }
}
