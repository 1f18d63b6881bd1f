package org.stockroom.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.app.StockroomApp;
import org.stockroom.cli.WindowOptions;
import org.stockroom.persistence.ConnectionSettings;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.service.catalogue.ProductRow;
import org.stockroom.ui.pages.FxDriver;
import org.stockroom.ui.pages.ProductListPage;
import org.stockroom.ui.pages.SignInPage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A benchmark, not part of {@code ./mvnw verify}: the real window on a large generated catalogue, the table
 * scrolled from the first row to the last in 400 jumps (as when dragging the scroll bar), while an animation
 * timer asks for a frame every pulse. Prints the longest gap between pulses: how long the FX thread stalled.
 *
 * <pre>./mvnw test -Dtest=CatalogueScrollBenchmark -Dstockroom.scroll.dataDir=/abs/path/to/generated</pre>
 */
@EnabledIfSystemProperty(named = "stockroom.scroll.dataDir", matches = ".+")
class CatalogueScrollBenchmark {

    static final int JUMPS = 400;

    @TempDir
    Path folder;

    Application app;
    FxRobot robot = new FxRobot();
    FxDriver fx = new FxDriver(robot);
    ProductListPage list = new ProductListPage(fx);

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void scrollFromTopToBottom() throws Exception {
        Path data = Path.of(System.getProperty("stockroom.scroll.dataDir"));
        assertThat(Files.exists(data.resolve("stockroom.mv.db")))
                .as("a generated data folder")
                .isTrue();
        FxToolkit.registerPrimaryStage();
        long started = System.nanoTime();
        app = FxToolkit.setupApplication(() -> new StockroomApp(
                new WindowOptions(new DatabaseTarget.Local(data), "bench"),
                new ConnectionSettings(folder.resolve("settings.properties"))));
        new SignInPage(fx, robot).continueWithoutUsers(); // a database without users
        fx.waitUntil("the first rows show", () -> !list.rows().isEmpty(), 60);
        double firstRowsMs = (System.nanoTime() - started) / 1e6;
        TableView<ProductRow> table = list.table();
        fx.waitUntil("the count is in", () -> onFx(() -> table.getItems().size()) > 100, 60);
        int size = onFx(() -> table.getItems().size());

        List<Long> gaps = new ArrayList<>();
        AnimationTimer pulses = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0) {
                    gaps.add(now - last);
                }
                last = now;
            }
        };
        onFx(() -> {
            pulses.start();
            return null;
        });
        long scrollStart = System.nanoTime();
        for (int jump = 1; jump <= JUMPS; jump++) {
            int index = (int) ((long) (size - 1) * jump / JUMPS);
            onFx(() -> {
                table.scrollTo(index);
                return null;
            });
            Thread.sleep(20);
        }
        double scrollMs = (System.nanoTime() - scrollStart) / 1e6;
        long bottomStart = System.nanoTime();
        // Deep pages are slow to fetch (OFFSET scans, see docs/PERFORMANCE.md): the wait is generous.
        fx.waitUntil("the last row is loaded", () -> onFx(() -> table.getItems().get(size - 1)) != null, 180);
        double lastRowMs = (System.nanoTime() - bottomStart) / 1e6;
        onFx(() -> {
            pulses.stop();
            return null;
        });
        List<Long> sorted = onFx(() -> gaps.stream().sorted().toList());
        double worst = sorted.get(sorted.size() - 1) / 1e6;
        double p99 = sorted.get((int) Math.floor(sorted.size() * 0.99)) / 1e6;
        System.out.printf(
                Locale.ROOT,
                "SCROLL-BENCH {\"rows\": %d, \"firstRowsMs\": %.0f, \"jumps\": %d, "
                        + "\"scrollMs\": %.0f, \"lastRowLoadedMsAfterScroll\": %.0f, \"pulses\": %d, "
                        + "\"worstPulseGapMs\": %.1f, \"p99PulseGapMs\": %.1f}%n",
                size,
                firstRowsMs,
                JUMPS,
                scrollMs,
                lastRowMs,
                sorted.size(),
                worst,
                p99);
        assertThat(sorted).as("pulses seen while scrolling").hasSizeGreaterThan(JUMPS / 4);
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
