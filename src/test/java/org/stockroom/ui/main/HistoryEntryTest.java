package org.stockroom.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.service.audit.FieldChange;
import org.stockroom.service.ledger.MovementView;

/** A product's history: movements and edits in one timeline, newest first, one line per edit. */
class HistoryEntryTest {

    static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    static MovementView movement(int minute, long quantity) {
        return new MovementView(
                minute,
                T0.plusSeconds(60L * minute),
                "Bob",
                "till-1",
                1,
                "MAIN",
                MovementType.RECEIVE,
                quantity,
                quantity,
                1,
                "PO-1",
                null,
                "key-" + minute);
    }

    static FieldChange change(long revision, int minute, String field, String old, String now) {
        return new FieldChange(
                revision, T0.plusSeconds(60L * minute), "Ada", "office", "Product", "1", "B-1", field, old, now);
    }

    @Test
    void editsAndMovementsMergeNewestFirstWithOneLinePerRevision() {
        List<HistoryEntry> merged = HistoryEntry.merge(
                List.of(movement(30, 5), movement(10, 7)),
                List.of(
                        change(1, 0, "SKU", "", "B-1"),
                        change(1, 0, "Name", "", "Bolt"),
                        change(2, 20, "Name", "Bolt", "Hex bolt"),
                        change(2, 20, "Unit cost", "1.5", "0.25")),
                50);

        assertThat(merged)
                .extracting(HistoryEntry::type, HistoryEntry::quantity, HistoryEntry::reason, HistoryEntry::userName)
                .containsExactly(
                        tuple("Receive", 5L, "PO-1", "Bob"),
                        tuple("Edited", null, "Name: Bolt -> Hex bolt; Unit cost: 1.5 -> 0.25", "Ada"),
                        tuple("Receive", 7L, "PO-1", "Bob"),
                        tuple("Added", null, "SKU: B-1; Name: Bolt", "Ada"));
    }

    @Test
    void whenTheMovementsAreCutAtTheLimitOlderEditsAreLeftOutToo() {
        List<HistoryEntry> merged = HistoryEntry.merge(
                List.of(movement(30, 5), movement(10, 7)),
                List.of(change(1, 0, "Name", "", "Bolt"), change(2, 20, "Name", "Bolt", "Hex bolt")),
                2);

        assertThat(merged).extracting(HistoryEntry::type).containsExactly("Receive", "Edited", "Receive");
    }

    @Test
    void aReversedCommandsMovementIsMarkedAndCannotBeReversedAgain() {
        List<HistoryEntry> lines =
                HistoryEntry.merge(List.of(movement(2, 5), movement(1, 3)), List.of(), 100, java.util.Set.of("key-1"));

        assertThat(lines).extracting(HistoryEntry::type).containsExactly("Receive", "Receive (reversed)");
        assertThat(lines).extracting(HistoryEntry::isReversible).containsExactly(true, false);
    }
}
