package org.stockroom.service.count;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.count.CountSessionStatus;
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.persistence.Sql;
import org.stockroom.persistence.Transactions;
import org.stockroom.persistence.ledger.MovementRepository;
import org.stockroom.persistence.ledger.MovementRepository.NewMovement;
import org.stockroom.persistence.stock.LevelState;
import org.stockroom.persistence.stock.StockLevelRepository;
import org.stockroom.service.Actor;
import org.stockroom.service.ValidationException;
import org.stockroom.service.reason.ReasonCode;
import org.stockroom.service.reason.ReasonCodes;
import org.stockroom.service.reason.ReasonUse;

/**
 * Posts a session's counted lines as ordinary COUNT movements, {@value #BATCH} lines per transaction. Each
 * batch locks its lines' stock levels, works out {@code counted - (on hand - what moved since the count)} for
 * each, checks them all, and only then writes: a refused batch has written nothing. A line records its adjustment
 * and movement as it is posted, so a post that stopped half-way (a crash, a refusal) is resumed by the next call,
 * and a posted session is never posted twice.
 */
final class CountPoster {

    static final int BATCH = 500;
    static final String GAINS = "gains";
    static final String LOSSES = "losses";

    private final Transactions transactions;
    private final StockLevelRepository levels;
    private final MovementRepository movements = new MovementRepository();
    private final Clock clock;

    private final int batch;

    CountPoster(Transactions transactions, StockLevelRepository levels, Clock clock) {
        this(transactions, levels, clock, BATCH);
    }

    /** With a smaller batch: the resume test posts a few lines in several batches. */
    CountPoster(Transactions transactions, StockLevelRepository levels, Clock clock, int batch) {
        this.batch = batch;
        this.transactions = transactions;
        this.levels = levels;
        this.clock = clock;
    }

    /** Posts what is left to post; true if the session had been posted already (nothing changed). */
    boolean post(Actor by, long sessionId, CountReasons typed) {
        Reasons reason = transactions.read(session -> new Reasons(
                typed.gains() == null ? null : ReasonCodes.resolve(session, ReasonUse.COUNT, typed.gains(), GAINS),
                typed.losses() == null ? null : ReasonCodes.resolve(session, ReasonUse.COUNT, typed.losses(), LOSSES)));
        // A line counted where no stock level exists yet (a found product) gets an empty one first, as a receipt's
        // would: the batch then only locks rows that exist.
        for (long[] missing : transactions.read(session -> withoutLevel(session, sessionId))) {
            levels.ensureExists(missing[0], missing[1]);
        }
        boolean first = true;
        while (true) {
            boolean firstBatch = first;
            Batch batch = transactions.inTransaction(session -> postBatch(session, by, sessionId, reason, firstBatch));
            if (batch != Batch.MORE) {
                return batch == Batch.POSTED_BEFORE;
            }
            first = false;
        }
    }

    private enum Batch {
        MORE,
        DONE,
        POSTED_BEFORE
    }

    private Batch postBatch(Session session, Actor by, long sessionId, Reasons reason, boolean first) {
        CountSessionRow s = CountSessionRow.lock(session, sessionId);
        if (s.status() == CountSessionStatus.POSTED) {
            return first ? Batch.POSTED_BEFORE : Batch.DONE;
        }
        if (s.status() != CountSessionStatus.REVIEW) {
            // Posting is the end of a review: counting finished, expected quantities and variances seen.
            throw Transactions.refuse(new CountSessionStateException("Session " + sessionId + " is "
                    + s.status().title().toLowerCase()
                    + (s.status().takesCounts()
                            ? ": finish counting and review the variances before posting"
                            : "; it cannot be posted")));
        }
        List<String> recounts = Sql.query(session, """
                SELECT p.sku || ' at ' || loc.code FROM count_line l JOIN product p ON p.id = l.product_id
                  JOIN location loc ON loc.id = l.location_id WHERE l.session_id = ? AND l.recount_needed
                 ORDER BY p.sku""", r -> r.getString(1), sessionId);
        if (!recounts.isEmpty()) {
            throw Transactions.refuse(new ValidationException(new FieldError(
                    CountSessionService.SESSION,
                    "Count again before posting (variance over the threshold): " + String.join(", ", recounts))));
        }
        List<Line> lines = Sql.queryAtMost(
                session,
                """
                SELECT l.id, l.product_id, l.location_id, l.counted_quantity, l.counted_at_version, p.sku, loc.code
                  FROM count_line l JOIN product p ON p.id = l.product_id JOIN location loc ON loc.id = l.location_id
                 WHERE l.session_id = ? AND l.counted_quantity IS NOT NULL AND l.posted_adjustment IS NULL
                 ORDER BY l.product_id, l.location_id""",
                batch,
                r -> new Line(
                        r.getLong(1),
                        r.getLong(2),
                        r.getLong(3),
                        r.getLong(4),
                        r.getLong(5),
                        r.getString(6),
                        r.getString(7)),
                sessionId);
        if (lines.isEmpty()) {
            Sql.update(session, """
                    UPDATE count_session SET status = 'POSTED', posted_by = ?, posted_at = ?, version = version + 1
                     WHERE id = ?""", by.name(), now(), sessionId);
            return Batch.DONE;
        }
        List<Long> deltas = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Line line : lines) {
            LevelState level =
                    levels.lock(session, line.productId(), line.locationId()).orElseThrow();
            long movedSince = Sql.query(
                            session,
                            """
                            SELECT COALESCE(SUM(quantity), 0) FROM movement
                             WHERE product_id = ? AND location_id = ? AND level_version > ?""",
                            r -> r.getLong(1),
                            line.productId(),
                            line.locationId(),
                            line.countedAtVersion())
                    .get(0);
            long delta = line.counted() - (level.onHand() - movedSince);
            if (level.onHand() + delta < level.reserved()) {
                refused.add(line.sku() + " at " + line.locationCode() + ": counted " + line.counted()
                        + ", which with what moved since leaves " + (level.onHand() + delta) + " on hand, but "
                        + level.reserved() + " are reserved (release reservations first)");
            }
            deltas.add(delta);
            reason.refusal(delta, line.sku() + " at " + line.locationCode()).ifPresent(refused::add);
        }
        if (!refused.isEmpty()) {
            throw Transactions.refuse(new ValidationException(
                    new FieldError(CountSessionService.SESSION, "Not posted: " + String.join("; ", refused))));
        }
        String key = "count-session-" + sessionId + "-" + lines.get(0).id();
        Instant at = now();
        Sql.update(session, """
                INSERT INTO stock_command (idempotency_key, command_type, user_name, recorded_at, count_session_id)
                VALUES (?, 'COUNT', ?, ?, ?)""", key, by.name(), at, sessionId);
        String note = "Count session " + sessionId + ": " + s.name();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            long delta = deltas.get(i);
            Long movementId = null;
            if (delta != 0) {
                if (!levels.applyDelta(session, line.productId(), line.locationId(), delta)) {
                    throw new IllegalStateException("checked under the row lock: " + line.sku());
                }
                movementId = movements
                        .appendFromLevel(
                                session,
                                new NewMovement(
                                        key,
                                        by.name(),
                                        by.workstation(),
                                        line.productId(),
                                        line.locationId(),
                                        MovementType.COUNT,
                                        delta,
                                        reason.codeFor(delta),
                                        note,
                                        at))
                        .id();
            }
            Sql.update(
                    session,
                    "UPDATE count_line SET posted_adjustment = ?, movement_id = ? WHERE id = ?",
                    delta,
                    movementId,
                    line.id());
        }
        if (s.status() != CountSessionStatus.REVIEW) {
            CountSessionRow.setStatus(session, sessionId, CountSessionStatus.REVIEW); // no new counts meanwhile
        }
        return Batch.MORE;
    }

    /** The checked reasons for gains and for losses (either null when none was given). */
    private record Reasons(ReasonCode gains, ReasonCode losses) {

        String codeFor(long delta) {
            return (delta > 0 ? gains : losses).code();
        }

        java.util.Optional<String> refusal(long delta, String line) {
            if (delta == 0) {
                return java.util.Optional.empty();
            }
            ReasonCode given = delta > 0 ? gains : losses;
            String sign = delta > 0 ? "gained " + delta : "lost " + -delta;
            if (given == null) {
                return java.util.Optional.of(
                        line + " " + sign + ": choose a reason for " + (delta > 0 ? "gains" : "losses"));
            }
            if (!given.fit().suits(delta)) {
                return java.util.Optional.of(line + " " + sign + ", but " + given.code() + " explains "
                        + given.fit().words() + ": choose a reason for " + (delta > 0 ? "gains" : "losses"));
            }
            return java.util.Optional.empty();
        }
    }

    private static List<long[]> withoutLevel(Session session, long sessionId) {
        return Sql.query(session, """
                SELECT l.product_id, l.location_id FROM count_line l
                 WHERE l.session_id = ? AND l.counted_quantity IS NOT NULL AND l.posted_adjustment IS NULL
                   AND NOT EXISTS (SELECT 1 FROM stock_level s
                                    WHERE s.product_id = l.product_id AND s.location_id = l.location_id)""", r -> new long[] {r.getLong(1), r.getLong(2)}, sessionId);
    }

    private record Line(
            long id,
            long productId,
            long locationId,
            long counted,
            long countedAtVersion,
            String sku,
            String locationCode) {}

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
