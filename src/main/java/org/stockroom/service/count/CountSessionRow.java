package org.stockroom.service.count;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.stockroom.domain.count.CountSessionStatus;
import org.stockroom.persistence.Sql;
import org.stockroom.persistence.Transactions;
import org.stockroom.service.NotFoundException;

/** A count_session row without its lines. */
record CountSessionRow(
        long id,
        String name,
        CountSessionStatus status,
        boolean blind,
        String scope,
        List<String> counters,
        String createdBy,
        Instant createdAt,
        String postedBy,
        Instant postedAt) {

    static final String COLUMNS =
            "id, name, status, blind, scope, counters, created_by, created_at, posted_by, posted_at";

    static final Sql.RowMapper<CountSessionRow> ROW = row -> new CountSessionRow(
            row.getLong(1),
            row.getString(2),
            CountSessionStatus.valueOf(row.getString(3)),
            row.getBoolean(4),
            row.getString(5),
            parseCounters(row.getString(6)),
            row.getString(7),
            instant(row.getObject(8, OffsetDateTime.class)),
            row.getString(9),
            instant(row.getObject(10, OffsetDateTime.class)));

    static List<String> parseCounters(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).toList();
    }

    /** Whether {@code name} may count here: anyone if no counters were named, else one of them (any case). */
    boolean mayCount(String name) {
        return counters.isEmpty() || counters.stream().anyMatch(c -> c.equalsIgnoreCase(name));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /**
     * The session's row, locked until the transaction ends (a change to it, or to its lines, follows); a missing
     * session is refused by commit, not rollback (see {@link Transactions#refuse}).
     */
    static CountSessionRow lock(Session session, long sessionId) {
        return sessionRow(session, sessionId, " FOR UPDATE")
                .orElseThrow(() -> Transactions.refuse(new NotFoundException("No count session " + sessionId)));
    }

    static CountSessionRow read(Session session, long sessionId) {
        return sessionRow(session, sessionId, "")
                .orElseThrow(() -> new NotFoundException("No count session " + sessionId));
    }

    private static Optional<CountSessionRow> sessionRow(Session session, long sessionId, String lock) {
        return Sql.query(
                        session,
                        "SELECT " + CountSessionRow.COLUMNS + " FROM count_session WHERE id = ?" + lock,
                        CountSessionRow.ROW,
                        sessionId)
                .stream()
                .findFirst();
    }

    static void setStatus(Session session, long sessionId, CountSessionStatus status) {
        Sql.update(
                session,
                "UPDATE count_session SET status = ?, version = version + 1 WHERE id = ?",
                status.name(),
                sessionId);
    }
}
