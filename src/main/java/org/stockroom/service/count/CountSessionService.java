package org.stockroom.service.count;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.access.Permission;
import org.stockroom.domain.count.CountSessionStatus;
import org.stockroom.persistence.Sql;
import org.stockroom.persistence.Transactions;
import org.stockroom.persistence.location.LocationRepository;
import org.stockroom.persistence.stock.LevelState;
import org.stockroom.persistence.stock.StockLevelRepository;
import org.stockroom.service.Actor;
import org.stockroom.service.ValidationException;
import org.stockroom.service.access.Access;
import org.stockroom.service.access.AccessCheck;
import org.stockroom.service.settings.CountRules;
import org.stockroom.service.settings.SiteSettings;

/**
 * Plans, counts and reviews count sessions. Counting never freezes the warehouse: a counted line keeps the stock
 * level's version when it was entered (its position in the ledger), and {@link CountPoster} adjusts by
 * {@code counted - on hand at that position}, so every receipt and issue after the count stays. Blind sessions
 * hide expected quantities in what this service returns, so no screen, sheet or command line can show them before
 * review.
 */
public final class CountSessionService {

    static final String NAME = "name";
    static final String SCOPE = "scope";
    static final String COUNTERS = "counters";
    static final String QUANTITY = "quantity";
    static final String LOCATION = "location";
    static final String SESSION = "session";

    private final Transactions transactions;
    private final StockLevelRepository levels;
    private final LocationRepository locations;
    private final SiteSettings settings;
    private final Access access;
    private final Clock clock;
    private final CountPoster poster;

    public CountSessionService(
            Transactions transactions,
            StockLevelRepository levels,
            LocationRepository locations,
            SiteSettings settings,
            Clock clock) {
        this(transactions, levels, locations, settings, clock, CountPoster.BATCH);
    }

    /** With a given posting batch size (the resume test uses a small one). */
    CountSessionService(
            Transactions transactions,
            StockLevelRepository levels,
            LocationRepository locations,
            SiteSettings settings,
            Clock clock,
            int batch) {
        this.transactions = transactions;
        this.locations = locations;
        this.levels = levels;
        this.settings = settings;
        this.clock = clock;
        this.access = new Access(transactions);
        this.poster = new CountPoster(transactions, levels, clock, batch);
    }

    /** Plans a session: one line per stock level in scope. Needs {@link Permission#PLAN_COUNT}. */
    public CountSessionView create(Actor by, NewCountSession plan) {
        long id = transactions.inTransaction(session -> {
            AccessCheck.requireOrRefuse(session, by, Permission.PLAN_COUNT);
            List<Long> locationIds = CountPlanCheck.check(session, plan, locations);
            long sessionId = Sql.insertReturningId(
                    session,
                    """
                    INSERT INTO count_session (name, status, blind, scope, counters, created_by, created_at, version)
                    VALUES (?, 'OPEN', ?, ?, ?, ?, ?, 0)""",
                    plan.name().strip(),
                    plan.blind(),
                    plan.scope().describe(),
                    plan.counters().isEmpty() ? null : String.join(", ", plan.counters()),
                    by.name(),
                    now());
            int lines = CountScopeLines.insert(session, sessionId, plan.scope(), locationIds);
            if (lines == 0) {
                throw new IllegalStateException("checked above: the scope has stock levels");
            }
            return sessionId;
        });
        return session(id);
    }

    /**
     * Records a counted quantity (again: it replaces the last one). Needs {@link Permission#COUNT_LINE}, and to be
     * one of the session's counters if it names any. A product the session does not list, found at one of its
     * locations, is added as a found line. A variance over the site's thresholds marks the line to be counted
     * again (by someone else if the site says so); the recount is then taken as it is.
     */
    public CountLineView count(CountEntry entry) {
        access.require(entry.actor(), Permission.COUNT_LINE);
        CountRules rules = settings.countRules();
        long lineId = transactions.inTransaction(session -> {
            CountSessionRow counting = CountSessionRow.lock(session, entry.sessionId());
            CountChecks.check(session, counting, entry);
            long locationId = locations
                    .idOf(entry.locationCode())
                    .orElseThrow(() -> Transactions.refuse(new ValidationException(
                            new FieldError(LOCATION, "No location '" + entry.locationCode() + "'"))));
            Optional<LineState> existing = LineState.find(session, entry.sessionId(), entry.productId(), locationId);
            if (existing.isEmpty()) {
                CountChecks.checkFound(session, counting, entry, locationId);
            }
            if (counting.status() == CountSessionStatus.REVIEW
                    && existing.map(l -> !l.recountNeeded()).orElse(true)) {
                throw Transactions.refuse(new CountSessionStateException(
                        "Session " + counting.id() + " is in review: only lines marked 'count again' take counts"));
            }
            if (existing.isPresent()
                    && existing.get().recountNeeded()
                    && rules.recountByAnother()
                    && entry.actor().name().equalsIgnoreCase(existing.get().countedBy())) {
                throw Transactions.refuse(new ValidationException(new FieldError(
                        QUANTITY,
                        "This line must be counted again by someone other than "
                                + existing.get().countedBy())));
            }
            // The level as committed now: its on hand and version belong together (a stock command writes both in
            // one transaction, and only one writer runs at a time).
            LevelState level =
                    levels.read(session, entry.productId(), locationId).orElse(new LevelState(0, 0, 0));
            boolean recount = existing.map(LineState::recountNeeded).orElse(false);
            boolean overThreshold = !recount
                    && rules.isOver(
                            entry.quantity() - level.onHand(),
                            level.onHand(),
                            CountChecks.unitCost(session, entry.productId()));
            long id = existing.map(LineState::id)
                    .orElseGet(() ->
                            Sql.insertReturningId(session, """
                            INSERT INTO count_line (session_id, product_id, location_id, found_in_count, recount_needed)
                            VALUES (?, ?, ?, TRUE, FALSE)""", entry.sessionId(), entry.productId(), locationId));
            Sql.update(
                    session,
                    """
                    UPDATE count_line SET counted_quantity = ?, counted_at_version = ?, counted_by = ?,
                           counted_workstation = ?, counted_at = ?, recount_needed = ?, recount_of_user = ?
                     WHERE id = ?""",
                    entry.quantity(),
                    level.version(),
                    entry.actor().name(),
                    entry.actor().workstation(),
                    now(),
                    overThreshold,
                    recount ? existing.get().countedBy() : null,
                    id);
            if (counting.status() == CountSessionStatus.OPEN) {
                CountSessionRow.setStatus(session, counting.id(), CountSessionStatus.COUNTING);
            }
            return id;
        });
        return transactions.read(session -> {
            CountSessionRow now = CountSessionRow.read(session, entry.sessionId());
            return CountLines.one(session, lineId, now.status().showsExpected(now.blind()));
        });
    }

    /** Counting is done: the session goes to review, which shows expected quantities even of a blind count. */
    public CountSessionView finishCounting(Actor by, long sessionId) {
        transactions.inTransaction(session -> {
            AccessCheck.requireOrRefuse(session, by, Permission.PLAN_COUNT);
            CountSessionRow s = CountSessionRow.lock(session, sessionId);
            if (s.status() != CountSessionStatus.OPEN && s.status() != CountSessionStatus.COUNTING) {
                throw Transactions.refuse(new CountSessionStateException(
                        "Session " + sessionId + " is " + s.status().title().toLowerCase() + ", not counting"));
            }
            CountSessionRow.setStatus(session, sessionId, CountSessionStatus.REVIEW);
            return null;
        });
        return session(sessionId);
    }

    /** Drops a session that was not posted; its counts stay readable, nothing reaches the ledger. */
    public CountSessionView cancel(Actor by, long sessionId) {
        transactions.inTransaction(session -> {
            AccessCheck.requireOrRefuse(session, by, Permission.PLAN_COUNT);
            CountSessionRow s = CountSessionRow.lock(session, sessionId);
            if (s.status().isClosed()
                    || !Sql.query(
                                    session,
                                    "SELECT 1 FROM count_line WHERE session_id = ? AND posted_adjustment IS NOT NULL",
                                    r -> 1,
                                    sessionId)
                            .isEmpty()) {
                throw Transactions.refuse(new CountSessionStateException(
                        "Session " + sessionId + " is " + s.status().title().toLowerCase()
                                + (s.status().isClosed() ? "" : " and partly posted") + "; it cannot be cancelled"));
            }
            CountSessionRow.setStatus(session, sessionId, CountSessionStatus.CANCELLED);
            return null;
        });
        return session(sessionId);
    }

    /** {@link #post(Actor, long, CountReasons)} with one reason for gains and losses alike. */
    public CountPosting post(Actor by, long sessionId, String reasonCode) {
        return post(by, sessionId, CountReasons.both(reasonCode));
    }

    /**
     * Posts a reviewed session's counted lines as COUNT movements, gains and losses each with its COUNT reason,
     * in batches that a second call resumes. Needs {@link Permission#POST_COUNT}; refused before review. A session
     * posted before answers with what it posted then, and changes nothing.
     */
    public CountPosting post(Actor by, long sessionId, CountReasons reasons) {
        access.require(by, Permission.POST_COUNT);
        boolean earlier = poster.post(by, sessionId, reasons);
        CountSessionView posted = session(sessionId);
        return new CountPosting(posted, earlier);
    }

    /** Every session, newest first, with how far each is counted. */
    public List<CountSessionListing> sessions() {
        return transactions.read(session -> Sql.query(
                session,
                """
                SELECT s.id, s.name, s.status, s.blind, s.scope, s.created_by, s.created_at,
                       (SELECT COUNT(*) FROM count_line l WHERE l.session_id = s.id),
                       (SELECT COUNT(*) FROM count_line l WHERE l.session_id = s.id AND l.counted_quantity IS NOT NULL)
                  FROM count_session s ORDER BY s.id DESC""",
                row -> new CountSessionListing(
                        row.getLong(1),
                        row.getString(2),
                        CountSessionStatus.valueOf(row.getString(3)),
                        row.getBoolean(4),
                        row.getString(5),
                        row.getString(6),
                        row.getObject(7, java.time.OffsetDateTime.class).toInstant(),
                        row.getInt(8),
                        row.getInt(9))));
    }

    /** One session with its lines; a blind one before review without expected quantities or variances. */
    public CountSessionView session(long sessionId) {
        return transactions.read(session -> {
            CountSessionRow s = CountSessionRow.read(session, sessionId);
            boolean show = s.status().showsExpected(s.blind());
            List<CountLineView> lines = CountLines.ofSession(session, sessionId, show);
            return new CountSessionView(
                    s.id(),
                    s.name(),
                    s.status(),
                    s.blind(),
                    s.scope(),
                    s.counters(),
                    s.createdBy(),
                    s.createdAt(),
                    s.postedBy(),
                    s.postedAt(),
                    lines,
                    show ? CountSummary.of(lines) : null);
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
