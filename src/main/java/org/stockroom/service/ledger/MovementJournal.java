package org.stockroom.service.ledger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.stockroom.domain.ledger.MovementType;
import org.stockroom.persistence.Sql;
import org.stockroom.persistence.Transactions;

/**
 * Every movement, newest first, filtered, a page at a time by keyset (the page after the last id shown): the
 * cost of a page does not grow with how far one has paged, and a movement recorded meanwhile neither repeats
 * nor hides a row. Export walks the same pages to the end.
 */
public final class MovementJournal {

    public static final int PAGE = 200;
    static final int EXPORT_PAGE = 5_000;

    private final Transactions transactions;

    public MovementJournal(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Up to {@code limit} movements matching {@code filter} with ids below {@code beforeId} (null: the newest). */
    public List<JournalRow> page(MovementFilter filter, Long beforeId, int limit) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        // Always bounded by id, the first page too: without a condition on m.id H2 plans the join from another
        // table and sorts every movement (7 s at a million, measured); with one it walks the primary key backwards
        // and stops after a page.
        where.append(" AND m.id < ?");
        parameters.add(beforeId == null ? Long.MAX_VALUE : beforeId);
        if (filter.from() != null) {
            where.append(" AND m.occurred_at >= ?");
            parameters.add(filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND m.occurred_at < ?");
            parameters.add(filter.to());
        }
        if (present(filter.sku())) {
            where.append(" AND p.sku_key = ?");
            parameters.add(filter.sku().strip().toUpperCase(Locale.ROOT));
        }
        if (present(filter.locationCode())) {
            where.append(" AND l.code = ?");
            parameters.add(filter.locationCode().strip().toUpperCase(Locale.ROOT));
        }
        if (filter.type() != null) {
            where.append(" AND m.movement_type = ?");
            parameters.add(filter.type().name());
        }
        if (present(filter.reason())) {
            where.append(" AND UPPER(m.reason) = ?");
            parameters.add(filter.reason().strip().toUpperCase(Locale.ROOT));
        }
        if (present(filter.user())) {
            where.append(" AND UPPER(m.user_name) = ?");
            parameters.add(filter.user().strip().toUpperCase(Locale.ROOT));
        }
        String sql = """
                SELECT m.id, m.occurred_at, p.sku, p.name, l.code, m.movement_type, m.quantity, m.on_hand_after,
                       m.reason, m.user_name, m.workstation, m.note, m.command_key
                  FROM movement m JOIN product p ON p.id = m.product_id JOIN location l ON l.id = m.location_id""" + where + " ORDER BY m.id DESC";
        return transactions.read(session -> Sql.queryAtMost(
                session,
                sql,
                limit,
                r -> new JournalRow(
                        r.getLong(1),
                        r.getObject(2, OffsetDateTime.class).toInstant(),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        MovementType.valueOf(r.getString(6)),
                        r.getLong(7),
                        r.getLong(8),
                        r.getString(9),
                        r.getString(10),
                        r.getString(11),
                        r.getString(12),
                        r.getString(13)),
                parameters.toArray()));
    }

    /** Every matching movement, newest first, handed to {@code each} page by page; returns how many. */
    public long forEach(MovementFilter filter, Consumer<JournalRow> each) {
        long count = 0;
        Long before = null;
        while (true) {
            List<JournalRow> rows = page(filter, before, EXPORT_PAGE);
            rows.forEach(each);
            count += rows.size();
            if (rows.size() < EXPORT_PAGE) {
                return count;
            }
            before = rows.get(rows.size() - 1).id();
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
