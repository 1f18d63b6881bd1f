package org.stockroom.ui.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Application;
import javafx.scene.control.TableRow;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.TestBackends;
import org.stockroom.app.StockroomApp;
import org.stockroom.cli.ExitCodes;
import org.stockroom.cli.WindowOptions;
import org.stockroom.domain.product.ProductDetails;
import org.stockroom.persistence.ConnectionSettings;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.service.Backend;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** --startup-report and --exit-after-start on the real window, headless. */
class StartupReportUiTest {

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\": (-?\\d+)");

    @TempDir
    Path folder;

    Application app;
    final List<String> lines = new CopyOnWriteArrayList<>();
    final List<Integer> exits = new CopyOnWriteArrayList<>();
    /** What the window showed at the moment the app asked to end. */
    final List<Long> rowsShownAtExit = new CopyOnWriteArrayList<>();

    final List<Integer> windowsAtExit = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void reportsOnceTheCatalogueRowsAreOnScreenThenEndsWithStatusZero() throws Exception {
        Path data = catalogueOf("BOLT-M8", "NUT-M8", "WASHER-M8");
        long before = System.currentTimeMillis();

        launch(new WindowOptions(new DatabaseTarget.Local(data), "tester", true, true));

        long after = System.currentTimeMillis();
        assertThat(exits).containsExactly(ExitCodes.OK);
        assertThat(rowsShownAtExit).containsExactly(3L);
        assertThat(lines).hasSize(1);
        Map<String, Long> report = parse(lines.get(0));
        assertThat(report).containsOnlyKeys("firstFrameEpochMs", "dataVisibleEpochMs", "firstFrameMs", "dataVisibleMs");
        List<String> steps = steps(lines.get(0));
        assertThat(steps)
                .as("each step of the start, in order, so a slow start names its cause")
                .containsSubsequence(
                        "JavaFX started, window shown",
                        "Building the object mapping (Hibernate), beside the open",
                        "Opening the database file",
                        "Checking the database's schema",
                        "Writing the database to disk",
                        "Reading the first rows",
                        "Building the window",
                        "Laying out the window");
        // The mapping's end comes when it comes (the first rows do not wait for it): in the report if before them.
        assertThat(steps)
                .filteredOn(step -> step.startsWith("Object mapping"))
                .isSubsetOf("Object mapping (Hibernate) ready");
        assertThat(stepTimes(lines.get(0)))
                .as("times in the order the steps began")
                .isSorted();
        assertThat(report.get("firstFrameEpochMs")).isBetween(before, report.get("dataVisibleEpochMs"));
        assertThat(report.get("dataVisibleEpochMs")).isLessThanOrEqualTo(after);
        assertThat(report.get("dataVisibleMs"))
                .as("data shows after the first frame")
                .isGreaterThanOrEqualTo(report.get("firstFrameMs"))
                .isPositive();
        // The start the figures count from, checked against an independent clock: the JVM's own start time,
        // which comes a little after the process started (the launcher, the JVM's boot).
        long countedFrom = report.get("firstFrameEpochMs") - report.get("firstFrameMs");
        long jvmStart =
                java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        assertThat(countedFrom)
                .as("the process start the milliseconds count from")
                .isBetween(jvmStart - 5_000, jvmStart + 20);
    }

    @Test
    void anEmptyDatabaseReportsItsEmptyListWithoutAskingAboutTheSampleCatalogue() throws Exception {
        launch(new WindowOptions(new DatabaseTarget.Local(folder.resolve("fresh")), "tester", true, true));

        assertThat(exits).containsExactly(ExitCodes.OK);
        assertThat(lines).hasSize(1);
        assertThat(rowsShownAtExit).containsExactly(0L);
        assertThat(steps(lines.get(0)))
                .as("a new folder: each migration named as it runs")
                .contains("Creating the database: step 1 of 15 (foundation)");
        assertThat(windowsAtExit).as("no welcome question waits for an answer").containsExactly(1);
    }

    @Test
    void withoutExitAfterStartTheWindowStaysOpen() throws Exception {
        launch(new WindowOptions(new DatabaseTarget.Local(catalogueOf("NUT-M8")), "tester", true, false));

        assertThat(lines).hasSize(1);
        assertThat(exits).isEmpty();
        assertThat(Window.getWindows())
                .as("the window, and over it the first-administrator screen")
                .filteredOn(Window::isShowing)
                .hasSize(2);
    }

    @Test
    void aDatabaseThatCannotOpenEndsWithAFailureStatusAndNoReport() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("a-file"), "not a data folder");

        launchAndWaitForExit(new WindowOptions(new DatabaseTarget.Local(notAFolder), "tester", true, true));

        assertThat(exits).containsExactly(ExitCodes.DATABASE_UNAVAILABLE);
        assertThat(lines).isEmpty();
    }

    private Path catalogueOf(String... skus) {
        Path data = folder.resolve("data");
        try (Backend backend = Backend.open(data)) {
            for (String sku : skus) {
                backend.products()
                        .create(
                                TestBackends.ACTOR,
                                new ProductDetails(
                                        sku, "Item " + sku, "Fasteners", "each", null, 5, BigDecimal.ONE, false));
            }
        }
        return data;
    }

    private void launch(WindowOptions options) throws Exception {
        start(options);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !lines.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void launchAndWaitForExit(WindowOptions options) throws Exception {
        start(options);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !exits.isEmpty());
    }

    private void start(WindowOptions options) throws Exception {
        FxToolkit.registerPrimaryStage();
        ConnectionSettings settings = new ConnectionSettings(folder.resolve("settings.properties"));
        app = FxToolkit.setupApplication(() -> new StockroomApp(options, settings, lines::add, status -> {
            rowsShownAtExit.add(Window.getWindows().stream()
                    .flatMap(w -> w.getScene().getRoot().lookupAll(".table-row-cell").stream())
                    .filter(node -> node instanceof TableRow<?> row && row.isVisible() && row.getItem() != null)
                    .count());
            windowsAtExit.add(
                    (int) Window.getWindows().stream().filter(Window::isShowing).count());
            exits.add(status);
        }));
    }

    private static List<String> steps(String json) {
        return Pattern.compile("\"step\": \"([^\"]*)\"")
                .matcher(json)
                .results()
                .map(m -> m.group(1))
                .toList();
    }

    private static List<Long> stepTimes(String json) {
        return Pattern.compile("\"startMs\": (\\d+)")
                .matcher(json)
                .results()
                .map(m -> Long.parseLong(m.group(1)))
                .toList();
    }

    private static Map<String, Long> parse(String whole) {
        assertThat(whole).startsWith("{").endsWith("}");
        String json = whole.substring(0, whole.indexOf(", \"steps\""));
        Map<String, Long> fields = new HashMap<>();
        Matcher matcher = FIELD.matcher(json);
        while (matcher.find()) {
            fields.put(matcher.group(1), Long.parseLong(matcher.group(2)));
        }
        return fields;
    }
}
