package org.stockroom.service.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupRetentionTest {

    static final Instant NOW = Instant.parse("2026-12-01T20:00:00Z");

    private static BackupEntry backup(int daysAgo, String kind) {
        Instant at = NOW.minus(daysAgo, ChronoUnit.DAYS);
        return new BackupEntry(
                Path.of("backups", "stockroom-" + daysAgo + "-" + at.getEpochSecond() + "-" + kind + ".zip"),
                1,
                at,
                null);
    }

    @Test
    void keepsTheNewestOfSevenDaysAndFourWeeksBeforeThemAndNothingMadeByHand() {
        List<BackupEntry> entries = new ArrayList<>();
        for (int day = 0; day < 60; day++) {
            entries.add(backup(day, "daily"));
        }
        entries.add(backup(0, "on-close")); // a second automatic one today
        entries.add(backup(90, "manual"));
        entries.add(backup(91, "before-upgrade"));

        List<BackupEntry> deleted = BackupRetention.toDelete(entries, 7, 4, ZoneOffset.UTC);
        List<BackupEntry> kept = new ArrayList<>(entries);
        kept.removeAll(deleted);

        assertThat(kept.stream().filter(BackupRetention::isAutomatic))
                .as("7 daily + 4 weekly")
                .hasSize(11);
        assertThat(kept)
                .as("made by hand or before an upgrade: never deleted here")
                .contains(backup(90, "manual"), backup(91, "before-upgrade"));
        assertThat(kept).as("the newest seven days").containsAll(List.of(backup(1, "daily"), backup(6, "daily")));
        assertThat(kept).doesNotContain(backup(59, "daily"));
        assertThat(kept.stream()
                        .filter(BackupRetention::isAutomatic)
                        .filter(e -> e.writtenAt()
                                .isBefore(NOW.minus(6, ChronoUnit.DAYS).minus(1, ChronoUnit.HOURS)))
                        .map(e -> e.writtenAt()
                                .atZone(ZoneOffset.UTC)
                                .get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                        .distinct())
                .as("one per older week")
                .hasSize(4);
    }
}
