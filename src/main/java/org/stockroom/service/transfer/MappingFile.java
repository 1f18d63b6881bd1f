package org.stockroom.service.transfer;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A saved column mapping as a file: lines {@code FIELD=Header as in the file}, UTF-8, for the command line's
 * {@code --mapping} / {@code --save-mapping} and the window's Load / Save mapping alike.
 */
public final class MappingFile {

    private MappingFile() {}

    public static void save(ColumnMapping mapping, Path target) throws IOException {
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            mapping.toSaved().store(w, "Stockroom import mapping: FIELD=Header as in the file");
        }
    }

    public static Properties load(Path source) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
