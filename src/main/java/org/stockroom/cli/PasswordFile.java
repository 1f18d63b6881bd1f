package org.stockroom.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A password kept in a file (never on the command line, where other users of the PC could read it with
 * {@code ps}): its text without the line end; an empty or unreadable file is refused, naming it.
 */
public final class PasswordFile {

    private PasswordFile() {}

    public static String read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (text.isEmpty()) {
                throw new IllegalArgumentException("The password file " + file + " is empty");
            }
            return text;
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the password file " + file + ": " + e.getMessage(), e);
        }
    }
}
