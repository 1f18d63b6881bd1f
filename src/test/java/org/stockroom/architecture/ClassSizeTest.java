package org.stockroom.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No source file of the product is over 300 lines (the style rule: a class that grows past it does more than one
 * thing). Counted as {@code wc -l} counts, the formatter's output included.
 */
class ClassSizeTest {

    static final int MAX_LINES = 300;

    @Test
    void noClassOfTheProductIsOver300Lines() {
        assertThat(over(Path.of("src/main/java"), MAX_LINES)).isEmpty();
    }

    @Test
    void aClassOneLineOverIsCaught(@TempDir Path code) throws IOException {
        Path big = code.resolve("org/stockroom/Big.java");
        Files.createDirectories(big.getParent());
        Files.write(big, java.util.Collections.nCopies(MAX_LINES + 1, "//"));
        Files.write(code.resolve("org/stockroom/Small.java"), java.util.Collections.nCopies(MAX_LINES, "//"));
        assertThat(over(code, MAX_LINES)).containsOnlyKeys("org/stockroom/Big.java");
    }

    /** Each Java file under {@code root} with more than {@code max} lines, with its count. */
    static Map<String, Long> over(Path root, int max) {
        try (Stream<Path> files = Files.walk(root)) {
            Map<String, Long> found = new TreeMap<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                long lines = lines(file);
                if (lines > max) {
                    found.put(root.relativize(file).toString().replace('\\', '/'), lines);
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lines(Path file) throws IOException {
        List<String> all = Files.readAllLines(file);
        return all.size();
    }
}
