package org.stockroom.persistence.sitemove;

import java.util.List;
import java.util.Set;

/**
 * Every table of Stockroom's schema, parents before children so that each foreign key finds its row. A table added
 * by a later migration must be named here or in {@link #NOT_COPIED}: SiteTablesTest compares both lists with the
 * migrated schema.
 */
public final class SiteTables {

    private SiteTables() {}

    static final List<SiteTable> IN_ORDER = List.of(
            SiteTable.generated("location"),
            SiteTable.generated("product"),
            SiteTable.generated("app_user"),
            SiteTable.keyed("audit_revision"),
            SiteTable.generated("reason_code"),
            SiteTable.keyed("site_setting"),
            SiteTable.generated("count_session"),
            new SiteTable("stock_command", false, "idempotency_key", List.of("reverses_key")),
            SiteTable.generated("reservation"),
            SiteTable.generated("stock_level"),
            SiteTable.generated("movement"),
            SiteTable.generated("count_line"),
            SiteTable.keyed("product_word"),
            SiteTable.generated("access_token"),
            SiteTable.keyed("workstation_throttle"),
            SiteTable.keyed("product_aud"),
            SiteTable.keyed("location_aud"),
            SiteTable.keyed("app_user_aud"),
            SiteTable.keyed("site_setting_aud"),
            SiteTable.keyed("reason_code_aud"));

    /** Each side keeps its own: the schema's history (Flyway's) and the one row of the site's write lock. */
    public static final Set<String> NOT_COPIED = Set.of("flyway_schema_history", "write_lock");

    /**
     * A freshly migrated database has no row in these; any row means someone used it. Every edit of a location, a
     * reason code or a setting writes an audit revision, so an empty audit trail shows their rows are the migrations'
     * own.
     */
    static final List<String> EMPTY_WHEN_UNUSED = List.of(
            "product", "app_user", "audit_revision", "stock_command", "count_session", "site_setting", "access_token");

    /** The copied tables' names, in copy order. */
    public static List<String> copied() {
        return IN_ORDER.stream().map(SiteTable::name).toList();
    }

    /** The sequence behind the audit trail's revision numbers (Envers'; allocation size 1). */
    static final String REVISION_SEQUENCE = "audit_revision_seq";
}
