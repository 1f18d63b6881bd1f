package org.stockroom.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stockroom.domain.FieldError;
import org.stockroom.service.ValidationException;

/**
 * A file a command writes ({@code --to FILE}): a folder that does not exist, or a write that fails, is bad input
 * named on {@code to}, said in one line instead of a stack trace.
 */
public final class OutputFile {

    /** What writes the file. */
    @FunctionalInterface
    public interface Writing {
        void run() throws IOException;
    }

    private OutputFile() {}

    /** {@code file} made absolute, once its folder is known to exist. */
    public static Path checked(Path file) {
        Path target = file.toAbsolutePath();
        if (!Files.isDirectory(target.getParent())) {
            throw new ValidationException(new FieldError("to", "No folder " + target.getParent() + " to write to"));
        }
        return target;
    }

    public static void write(Path target, Writing writing) {
        try {
            writing.run();
        } catch (IOException e) {
            throw new ValidationException(new FieldError(
                    "to", "Could not write " + target + ": " + e.getClass().getSimpleName()));
        }
    }
}
