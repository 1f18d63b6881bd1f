package org.stockroom.service.audit;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One audited table and its Envers copy ({@code <table>_aud}): which columns are audited and what people call
 * them. The SQL the Audit page and {@code verify} run is built from this; names are constants, never input.
 */
enum AuditedTable {
    PRODUCT(
            "Product",
            "product",
            "id",
            "sku",
            List.of(
                    new Field("sku", "SKU"),
                    new Field("name", "Name"),
                    new Field("category", "Category"),
                    new Field("unit", "Unit"),
                    new Field("barcode", "Barcode"),
                    new Field("reorder_point", "Reorder at"),
                    new Field("unit_cost", "Unit cost"),
                    new Field("archived", "Archived"))),
    LOCATION("Location", "location", "id", "code", List.of(new Field("code", "Code"), new Field("name", "Name"))),
    USER(
            "User",
            "app_user",
            "id",
            "name",
            List.of(
                    new Field("name", "Name"),
                    new Field("role", "Role"),
                    new Field("active", "Active"),
                    new Field("credentials_changed_at", "Password/PIN/badge set"))),
    SETTING("Setting", "site_setting", "name", "name", List.of(new Field("setting_value", "Value"))),
    REASON_CODE(
            "Reason code",
            "reason_code",
            "id",
            "code",
            List.of(
                    new Field("code", "Code"),
                    new Field("applies_to", "For"),
                    new Field("label", "Label"),
                    new Field("active", "Offered")));

    /** An audited column and the name the Audit page shows for it. */
    record Field(String column, String title) {}

    final String title;
    final String table;
    final String idColumn;
    final String labelColumn;
    final List<Field> fields;

    AuditedTable(String title, String table, String idColumn, String labelColumn, List<Field> fields) {
        this.title = title;
        this.table = table;
        this.idColumn = idColumn;
        this.labelColumn = labelColumn;
        this.fields = fields;
    }

    String columns(String alias) {
        return fields.stream().map(f -> alias + "." + f.column()).collect(Collectors.joining(", "));
    }

    /**
     * Each revision of a row in the time range (newest first) with the row's previous revision beside it: the
     * revision's state in columns 7.., the previous one after them (all null for an added row).
     */
    String changesSql(boolean oneRow) {
        return """
                SELECT r.id, r.occurred_at, r.user_name, r.workstation, a.%2$s, a.revtype, %3$s, %4$s
                  FROM %1$s_aud a
                  JOIN audit_revision r ON r.id = a.rev
                  LEFT JOIN %1$s_aud b ON b.%2$s = a.%2$s
                       AND b.rev = (SELECT MAX(x.rev) FROM %1$s_aud x WHERE x.%2$s = a.%2$s AND x.rev < a.rev)
                 WHERE r.occurred_at >= ? AND r.occurred_at < ? %5$s
                 ORDER BY r.id DESC, a.%2$s""".formatted(table, idColumn, columns("a"), columns("b"), oneRow ? "AND a." + idColumn + " = ?" : "");
    }

    /** Rows whose last audited state differs from what is stored (or was recorded removed while still there). */
    String mismatchSql() {
        String same = fields.stream()
                .map(f -> "a." + f.column() + " IS NOT DISTINCT FROM t." + f.column())
                .collect(Collectors.joining(" AND "));
        return """
                SELECT t.%3$s, a.revtype
                  FROM %1$s t
                  JOIN %1$s_aud a ON a.%2$s = t.%2$s
                       AND a.rev = (SELECT MAX(x.rev) FROM %1$s_aud x WHERE x.%2$s = t.%2$s)
                 WHERE a.revtype = 2 OR NOT (%4$s)
                 ORDER BY 1""".formatted(table, idColumn, labelColumn, same);
    }

    /** Audited rows that are no longer stored although nothing recorded their removal. */
    String vanishedSql() {
        return """
                SELECT DISTINCT a.%2$s FROM %1$s_aud a
                 WHERE NOT EXISTS (SELECT 1 FROM %1$s t WHERE t.%2$s = a.%2$s)
                   AND NOT EXISTS (SELECT 1 FROM %1$s_aud d WHERE d.%2$s = a.%2$s AND d.revtype = 2)""".formatted(table, idColumn);
    }

    String countSql() {
        return "SELECT COUNT(*), (SELECT COUNT(DISTINCT %2$s) FROM %1$s_aud) FROM %1$s".formatted(table, idColumn);
    }

    /** A value as the Audit page shows it: decimals without trailing zeros, booleans as yes/no. */
    static String text(ResultSet row, int column) throws SQLException {
        Object value = row.getObject(column);
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        return value.toString();
    }
}
