package org.stockroom.ui.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.TestBackends;
import org.stockroom.app.StockroomApp;
import org.stockroom.cli.WindowOptions;
import org.stockroom.persistence.ConnectionSettings;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.count.CountEntry;
import org.stockroom.service.count.CountScope;
import org.stockroom.service.count.NewCountSession;
import org.stockroom.ui.pages.CountsPage;
import org.stockroom.ui.pages.FxDriver;
import org.stockroom.ui.pages.SignInPage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The real window's Counts page with a blind session: no cell, summary or note shows an expected quantity or a
 * variance until counting is finished; then they show.
 */
class CountsUiTest {

    @TempDir
    Path folder;

    Backend behindTheWindow;
    Application app;
    FxRobot robot = new FxRobot();
    FxDriver fx = new FxDriver(robot);
    CountsPage counts = new CountsPage(fx);
    long sessionId;

    @BeforeEach
    void launch() throws Exception {
        Path data = folder.resolve("data");
        behindTheWindow = Backend.open(data);
        long bolt = TestBackends.product(behindTheWindow, "BOLT-77").id();
        long nut = TestBackends.product(behindTheWindow, "NUT-88").id();
        behindTheWindow.stock().receive(TestBackends.change(bolt, "MAIN", 4321));
        behindTheWindow.stock().receive(TestBackends.change(nut, "MAIN", 8765));
        Actor ada = Actor.named("Ada");
        sessionId = behindTheWindow
                .countSessions()
                .create(ada, new NewCountSession("Blind aisle", CountScope.locations("MAIN"), true, List.of()))
                .id();
        behindTheWindow.countSessions().count(new CountEntry(ada, sessionId, bolt, "MAIN", 4300));
        FxToolkit.registerPrimaryStage();
        WindowOptions options = new WindowOptions(new DatabaseTarget.Local(data), "tester");
        ConnectionSettings settings = new ConnectionSettings(folder.resolve("settings.properties"));
        app = FxToolkit.setupApplication(() -> new StockroomApp(options, settings));
        new SignInPage(fx, robot).continueWithoutUsers();
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        behindTheWindow.close();
    }

    @Test
    void aBlindSessionShowsNoExpectedQuantityOrVarianceUntilCountingIsFinished() {
        counts.open().choose(sessionId);

        String shown = String.join(" ", counts.lineTexts()) + " " + counts.text("summaryLabel") + " "
                + counts.text("sessionTitle");
        assertThat(shown).contains("BOLT-77").contains("NUT-88").contains("4300");
        assertThat(shown)
                .as("expected quantities (4321, 8765) and the variance (-21) stay hidden")
                .doesNotContain("4321")
                .doesNotContain("8765")
                .doesNotContain("-21");
        assertThat(counts.text("blindNote")).startsWith("Blind count");

        counts.finishCounting();

        fx.waitUntil(
                "review shows the expected quantities", () -> counts.lineTexts().contains("4321"));
        assertThat(counts.lineTexts()).contains("8765", "-21");
    }
}
