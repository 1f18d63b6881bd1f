package org.stockroom.service.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.stockroom.domain.access.Permission;
import org.stockroom.persistence.Sql;
import org.stockroom.persistence.Transactions;
import org.stockroom.service.Actor;
import org.stockroom.service.access.AccessCheck;

/**
 * Reads the audit trail (Envers' revisions and {@code _aud} tables, V8) as field changes: for the Audit page and
 * for a product's history. Each revision is compared with the row's previous one, so only fields that changed
 * show; the previous revision may lie before the asked time range.
 */
public final class AuditTrail {

    private final Transactions transactions;

    public AuditTrail(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Changes matching {@code filter}, newest first; at most its limit. The Audit page: Supervisor and up. */
    public List<FieldChange> changes(Actor by, AuditFilter filter) {
        transactions.read(session -> {
            AccessCheck.require(session, by, Permission.VIEW_AUDIT);
            return null;
        });
        List<FieldChange> all = new ArrayList<>();
        for (AuditedTable table : AuditedTable.values()) {
            if (filter.wants(table.title, filter.entity())) {
                all.addAll(read(table, filter, null));
            }
        }
        all.sort(Comparator.comparingLong(FieldChange::revision).reversed());
        return all.size() > filter.limit() ? List.copyOf(all.subList(0, filter.limit())) : all;
    }

    /** Every recorded edit of one product, oldest first (the detail pane mixes them with its movements). */
    public List<FieldChange> productEdits(long productId) {
        List<FieldChange> edits = new ArrayList<>(read(AuditedTable.PRODUCT, AuditFilter.everything(), productId));
        edits.sort(Comparator.comparingLong(FieldChange::revision));
        return edits;
    }

    /** The titles of the entity kinds and of their fields, for the Audit page's filters. */
    public static List<String> entityTitles() {
        return java.util.Arrays.stream(AuditedTable.values()).map(t -> t.title).toList();
    }

    public static List<String> fieldTitles() {
        return java.util.Arrays.stream(AuditedTable.values())
                .flatMap(t -> t.fields.stream().map(AuditedTable.Field::title))
                .distinct()
                .toList();
    }

    private List<FieldChange> read(AuditedTable table, AuditFilter filter, Object oneId) {
        Object[] parameters = oneId == null
                ? new Object[] {filter.from().toEpochMilli(), filter.to().toEpochMilli()}
                : new Object[] {filter.from().toEpochMilli(), filter.to().toEpochMilli(), oneId};
        List<List<FieldChange>> perRevision = transactions.read(session ->
                Sql.query(session, table.changesSql(oneId != null), row -> changesIn(table, row), parameters));
        return perRevision.stream()
                .flatMap(List::stream)
                .filter(c -> filter.wants(c.userName(), filter.user()))
                .filter(c -> filter.wants(c.field(), filter.field()))
                .toList();
    }

    private static List<FieldChange> changesIn(AuditedTable table, ResultSet row) throws SQLException {
        long revision = row.getLong(1);
        Instant at = Instant.ofEpochMilli(row.getLong(2));
        String user = row.getString(3);
        String workstation = row.getString(4);
        String id = row.getString(5);
        int revType = row.getInt(6);
        int fields = table.fields.size();
        String label = id;
        List<FieldChange> changes = new ArrayList<>();
        for (int i = 0; i < fields; i++) {
            String now = AuditedTable.text(row, 7 + i);
            String before = revType == 0 ? "" : AuditedTable.text(row, 7 + fields + i);
            if (table.fields.get(i).column().equals(table.labelColumn)) {
                label = now;
            }
            if (revType == 0 ? !now.isEmpty() : !Objects.equals(now, before)) {
                changes.add(new FieldChange(
                        revision,
                        at,
                        user,
                        workstation,
                        table.title,
                        id,
                        null,
                        table.fields.get(i).title(),
                        before,
                        now));
            }
        }
        String shown = label;
        return changes.stream()
                .map(c -> new FieldChange(
                        c.revision(),
                        c.occurredAt(),
                        c.userName(),
                        c.workstation(),
                        c.entity(),
                        c.entityId(),
                        shown,
                        c.field(),
                        c.oldValue(),
                        c.newValue()))
                .toList();
    }
}
