package org.stockroom.service.backup;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which automatic backups to delete: of the daily and on-close backups, the newest of each of the last
 * {@code keepDaily} days that have one stay, then the newest of each of the {@code keepWeekly} weeks before those.
 * Backups made by hand, before an upgrade or before a restore are never deleted here.
 */
final class BackupRetention {

    static final Set<String> AUTOMATIC = Set.of("daily", "on-close");

    private BackupRetention() {}

    static List<BackupEntry> toDelete(List<BackupEntry> entries, int keepDaily, int keepWeekly, ZoneId zone) {
        List<BackupEntry> automatic = new ArrayList<>(
                entries.stream().filter(BackupRetention::isAutomatic).toList());
        automatic.sort(Comparator.comparing(BackupEntry::writtenAt).reversed());
        Set<LocalDate> keptDays = new HashSet<>();
        Set<Long> weeksWithADaily = new HashSet<>();
        Set<Long> keptWeeks = new HashSet<>();
        List<BackupEntry> delete = new ArrayList<>();
        for (BackupEntry entry : automatic) {
            LocalDate day = entry.writtenAt().atZone(zone).toLocalDate();
            long week = day.get(IsoFields.WEEK_BASED_YEAR) * 100L + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (keptDays.contains(day)) {
                delete.add(entry); // an older one of a day already kept
            } else if (keptDays.size() < keepDaily) {
                keptDays.add(day);
                weeksWithADaily.add(week);
            } else if (!weeksWithADaily.contains(week) && !keptWeeks.contains(week) && keptWeeks.size() < keepWeekly) {
                keptWeeks.add(week);
                keptDays.add(day);
            } else {
                delete.add(entry);
            }
        }
        return delete;
    }

    static boolean isAutomatic(BackupEntry entry) {
        String name = entry.file().getFileName().toString();
        return AUTOMATIC.stream().anyMatch(kind -> name.endsWith("-" + kind + ".zip"));
    }
}
