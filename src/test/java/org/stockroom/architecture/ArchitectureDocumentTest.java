package org.stockroom.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/ARCHITECTURE.md's package tree names every package of the code and no other: a new package without its line
 * in the document (or a line left for a package that went) fails here.
 */
class ArchitectureDocumentTest {

    private static final Path CODE = Path.of("src/main/java/org/stockroom");
    private static final Path DOCUMENT = Path.of("docs/ARCHITECTURE.md");

    @Test
    void thePackageTreeNamesExactlyThePackagesThereAre() throws IOException {
        assertThat(named(Files.readString(DOCUMENT))).isEqualTo(packages());
    }

    @Test
    void aPackageMissingFromTheTreeIsCaught() throws IOException {
        String document = Files.readString(DOCUMENT).replace(" transfer/\n  cli/", "\n  cli/");
        assertThat(named(document)).as("ui.transfer taken out of the tree").isNotEqualTo(packages());
        assertThat(packages()).contains("ui.transfer");
    }

    /** "ui.count", "service", ... from the tree's lines: "  ui/" starts a layer, "    count/ scan/" its features. */
    static Set<String> named(String document) {
        int start = document.indexOf("```\norg.stockroom\n");
        String tree = document.substring(start + 4, document.indexOf("```", start + 4));
        Set<String> names = new TreeSet<>();
        String layer = null;
        Pattern folder = Pattern.compile("(\\w+)/");
        for (String line : tree.split("\n")) {
            if (line.matches("  \\w+/.*")) {
                String head = line.substring(2).split("\\s{3,}")[0]; // "bench/  generate/" names two
                Matcher m = folder.matcher(head);
                while (m.find()) {
                    layer = m.group(1);
                    names.add(layer);
                }
            } else if (line.matches("    (\\w+/ ?)+")) {
                Matcher m = folder.matcher(line);
                while (m.find()) {
                    names.add(layer + "." + m.group(1));
                }
            }
        }
        return names;
    }

    static Set<String> packages() throws IOException {
        try (Stream<Path> folders = Files.walk(CODE)) {
            Set<String> names = new TreeSet<>();
            folders.filter(Files::isDirectory)
                    .filter(f -> !f.equals(CODE))
                    .forEach(f -> names.add(CODE.relativize(f).toString().replace('/', '.')));
            return names;
        }
    }
}
