package org.stockroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The words and the details of the "Something went wrong" dialog. */
class FailureReportTest {

    @Test
    void saysWhatWasBeingDoneThatNothingWasSavedHalfWayAndWhereTheLogIsAndTheDetailsCarryTheTrace() {
        Path log = Path.of("/data/logs/stockroom.log");
        FailureReport report = FailureReport.of(
                "working on the counts page",
                new IllegalStateException("disk full"),
                log,
                "1.2.3",
                Instant.parse("2026-12-07T15:00:00Z"));

        assertThat(report.summary())
                .startsWith("Something went wrong while working on the counts page: disk full")
                .contains("Nothing was saved half-way")
                .contains("Copy details")
                .contains("/data/logs/stockroom.log");
        assertThat(report.details())
                .startsWith("Stockroom 1.2.3, 2026-12-07T15:00:00Z")
                .contains("java.lang.IllegalStateException: disk full")
                .contains("at org.stockroom.ui.FailureReportTest");
    }

    @Test
    void anUnexpectedFailureOnAPageSaysNothingWasSavedHalfWayAndWhereTheDetailsAre() {
        assertThat(FailureText.of(new IllegalStateException("disk full")))
                .isEqualTo("Something went wrong: disk full. Nothing was saved half-way; the log file (Help > About)"
                        + " has the details.");
        assertThat(FailureText.of(new org.stockroom.service.NotFoundException("No product with SKU 'X'")))
                .as("an expected refusal is said in its own words")
                .isEqualTo("No product with SKU 'X'");
    }
}
