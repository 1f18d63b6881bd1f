package org.stockroom.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.stockroom.persistence.PrivateFiles;

/**
 * Writes an export (CSV, PDF) beside its target and moves it over the target at the end: a failed export leaves
 * no half file, and an earlier file of that name stays until the new one is whole.
 */
public final class ReplacedFile {

    /** What writes the file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ReplacedFile() {}

    public static void write(Path target, Content content) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try {
            PrivateFiles.newFile(partial); // an export holds the site's data: its user's alone (issue 24)
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        try (OutputStream out = Files.newOutputStream(partial)) {
            content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
