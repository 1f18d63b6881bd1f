package org.stockroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every fx:id the UI tests look up by name is in one FXML file only. The window keeps every page loaded (hidden
 * pages too), so a lookup of an id two views share can find the hidden one: CI failed that way twice (the Counts
 * page's quantity field was found instead of the stock dialog's, the Audit page's message instead of the sign-in's).
 */
class FxIdsTest {

    private static final Pattern LOOKUP =
            Pattern.compile("(?:fx\\.(?:type|click|get|find|isShowing)|node|text)\\(\"([a-zA-Z]+)\"");
    private static final Pattern FX_ID = Pattern.compile("fx:id=\"([a-zA-Z]+)\"");

    @Test
    void theIdsTestsLookUpAreEachInOneViewOnly() throws IOException {
        TreeSet<String> looked = new TreeSet<>();
        for (Path source : files(Path.of("src/test/java/org/stockroom/ui"), ".java")) {
            Matcher m = LOOKUP.matcher(Files.readString(source));
            while (m.find()) {
                looked.add(m.group(1));
            }
        }
        Map<String, List<String>> where = new HashMap<>();
        for (Path fxml : files(Path.of("src/main/resources/org/stockroom/ui"), ".fxml")) {
            Matcher m = FX_ID.matcher(Files.readString(fxml));
            while (m.find()) {
                where.computeIfAbsent(m.group(1), id -> new java.util.ArrayList<>())
                        .add(fxml.getFileName().toString());
            }
        }
        Map<String, List<String>> shared = new TreeMap<>();
        for (String id : looked) {
            List<String> views = where.getOrDefault(id, List.of());
            if (views.size() > 1) {
                shared.put(id, views);
            }
        }
        assertThat(looked)
                .as("the tests look ids up (else this test checks nothing)")
                .hasSizeGreaterThan(10);
        // Dialogs are open one at a time and are not pages: their Save buttons may share the id.
        shared.remove("saveButton");
        assertThat(shared)
                .as("ids the tests look up that more than one view has")
                .isEmpty();
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
