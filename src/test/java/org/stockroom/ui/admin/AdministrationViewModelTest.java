package org.stockroom.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.settings.CountRules;
import org.stockroom.ui.CurrentThreadTaskExecutor;
import org.stockroom.ui.RecordingDialogService;

/** The Administration page's count and reversal settings, over a real database. */
class AdministrationViewModelTest {

    @RegisterExtension
    final FreshBackend fresh = new FreshBackend();

    Backend backend;
    AdministrationViewModel page;

    @BeforeEach
    void open() {
        backend = fresh.backend();
        page = new AdministrationViewModel(
                backend.users(),
                backend.settings(),
                new CurrentThreadTaskExecutor(),
                new RecordingDialogService(),
                () -> Actor.named("Ada"),
                () -> {});
        page.refresh();
    }

    @Test
    void thresholdsAndTheOwnReversalWindowAreShownSavedAndABadNumberIsNamed() {
        assertThat(page.siteSettings().maxUnitsProperty().get())
                .as("off until set")
                .isEmpty();
        assertThat(page.siteSettings().ownReversalMinutesProperty().get()).isEqualTo("15");

        page.siteSettings().maxUnitsProperty().set("5");
        page.siteSettings().maxPercentProperty().set("12.5");
        page.siteSettings().recountByAnotherProperty().set(true);
        page.siteSettings().ownReversalMinutesProperty().set("30");
        page.siteSettings().saveCountRules();

        assertThat(backend.settings().countRules())
                .isEqualTo(new CountRules(5L, new java.math.BigDecimal("12.5"), null, true));
        assertThat(backend.settings().ownReversalWindow().toMinutes()).isEqualTo(30);

        page.siteSettings().maxValueProperty().set("a lot");
        page.siteSettings().saveCountRules();
        assertThat(page.messageProperty().get())
                .isEqualTo("Recount above value: 'a lot' is not a number (empty: off).");
        assertThat(page.siteSettings().maxValueProperty().get())
                .as("what was typed stays")
                .isEqualTo("a lot");
        assertThat(backend.settings().countRules().maxValue()).isNull();
    }
}
