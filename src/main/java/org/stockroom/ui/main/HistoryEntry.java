package org.stockroom.ui.main;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.stockroom.service.audit.FieldChange;
import org.stockroom.service.ledger.MovementView;

/**
 * One line of a product's history: a movement, or an edit of the product (one audited revision: every field it
 * changed, "Name: Bolt -> Hex bolt"). Quantities are null on an edit line.
 */
public record HistoryEntry(
        Instant occurredAt,
        String type,
        String locationCode,
        Long quantity,
        Long onHandAfter,
        String reason,
        String userName,
        String note,
        String commandKey) {

    static final String REVERSED = " (reversed)";

    /** A movement that a reversal can take back: not an edit, not a reversal, not reversed already. */
    public boolean isReversible() {
        return commandKey != null
                && !type.equals(org.stockroom.domain.ledger.MovementType.REVERSE.label())
                && !type.endsWith(REVERSED);
    }

    /** The same line marked as taken back by a later reversal, which shows above it. */
    HistoryEntry reversed() {
        return new HistoryEntry(
                occurredAt, type + REVERSED, locationCode, quantity, onHandAfter, reason, userName, note, commandKey);
    }

    /** The first part of the command's key, enough to tell commands apart on screen. */
    public String shortKey() {
        if (commandKey == null) {
            return "";
        }
        // A count session's batch key says what it is ("count-session-3-17"); a random key is told by its start.
        return commandKey.startsWith("count-session-")
                ? commandKey
                : commandKey.substring(0, Math.min(8, commandKey.length()));
    }

    static HistoryEntry of(MovementView m) {
        return new HistoryEntry(
                m.occurredAt(),
                m.type().label(),
                m.locationCode(),
                m.quantity(),
                m.onHandAfter(),
                m.reason(),
                m.userName(),
                m.note(),
                m.commandKey());
    }

    /** One line per revision: "Added" for the revision that created the product, "Edited" after. */
    static List<HistoryEntry> ofEdits(List<FieldChange> edits) {
        Map<Long, List<FieldChange>> byRevision = edits.stream()
                .collect(Collectors.groupingBy(FieldChange::revision, LinkedHashMap::new, Collectors.toList()));
        List<HistoryEntry> lines = new ArrayList<>();
        for (List<FieldChange> revision : byRevision.values()) {
            FieldChange first = revision.get(0);
            boolean added = revision.stream().allMatch(c -> c.oldValue().isEmpty());
            String what = revision.stream()
                    .map(c -> added
                            ? c.field() + ": " + c.newValue()
                            : c.field() + ": " + c.oldValue() + " -> " + c.newValue())
                    .collect(Collectors.joining("; "));
            lines.add(new HistoryEntry(
                    first.occurredAt(), added ? "Added" : "Edited", "", null, null, what, first.userName(), "", null));
        }
        return lines;
    }

    /**
     * Movements (newest first, at most the pane's limit) and edits together, newest first. Edits older than the
     * oldest movement shown are left out when the movements were cut at the limit, so the two stay one timeline.
     */
    static List<HistoryEntry> merge(List<MovementView> movements, List<FieldChange> edits, int limit) {
        return merge(movements, edits, limit, java.util.Set.of());
    }

    /** As {@link #merge(List, List, int)}, with the movements of the commands in {@code reversed} marked. */
    static List<HistoryEntry> merge(
            List<MovementView> movements, List<FieldChange> edits, int limit, java.util.Set<String> reversed) {
        Instant oldestShown =
                movements.size() >= limit ? movements.get(movements.size() - 1).occurredAt() : Instant.MIN;
        List<HistoryEntry> all = new ArrayList<>();
        movements.forEach(m -> all.add(reversed.contains(m.commandKey()) ? of(m).reversed() : of(m)));
        ofEdits(edits).stream()
                .filter(e -> !e.occurredAt().isBefore(oldestShown))
                .forEach(all::add);
        all.sort(Comparator.comparing(HistoryEntry::occurredAt).reversed());
        return all;
    }
}
