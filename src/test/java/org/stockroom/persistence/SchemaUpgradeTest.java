package org.stockroom.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.domain.catalogue.CatalogueQuery;
import org.stockroom.domain.catalogue.CatalogueQuery.ArchiveFilter;
import org.stockroom.service.Backend;
import org.stockroom.service.catalogue.ProductRow;

/** A data folder made by an older Stockroom opens with its rows carried into the new columns. */
class SchemaUpgradeTest {

    @TempDir
    Path folder;

    @Test
    void productsFromBeforeV4AndV5AreFoundArchivedAndByNameAfterTheUpgrade() throws Exception {
        DatabaseTarget.Local target = new DatabaseTarget.Local(folder);
        Flyway.configure()
                .dataSource(target.jdbcUrl(), target.user(), target.password())
                .locations(Migrations.locations("H2"))
                .target("3.1")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO product (sku, sku_key, name, category, unit, reorder_point, unit_cost, archived,"
                    + " version, created_at, updated_at) VALUES ('old-1', 'OLD-1', 'Galvanised bolt', 'Tools',"
                    + " 'each', 0, 1, TRUE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO product_word (word, product_id) SELECT 'galvanised', id FROM product");
            s.execute("INSERT INTO product_word (word, product_id) SELECT 'bolt', id FROM product");
        }

        try (Backend backend = Backend.open(folder)) {
            List<ProductRow> archived = backend.productCatalogue()
                    .page(
                            CatalogueQuery.everything()
                                    .withArchive(ArchiveFilter.ARCHIVED)
                                    .withText("galv"),
                            0,
                            10);
            assertThat(archived).extracting(ProductRow::sku).containsExactly("old-1");
        }
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(
                        "SELECT sku_key FROM product_word UNION ALL" + " SELECT archived_key FROM product")) {
            List<String> keys = new ArrayList<>();
            while (rows.next()) {
                keys.add(rows.getString(1));
            }
            assertThat(keys).containsExactly("OLD-1", "OLD-1", "OLD-1");
        }
    }

    @Test
    void anUpgradeToV6FillsTheStockTotalsAndKeepsAVerifiedBackupFirst() throws Exception {
        DatabaseTarget.Local target = new DatabaseTarget.Local(folder);
        Flyway.configure()
                .dataSource(target.jdbcUrl(), target.user(), target.password())
                .locations(Migrations.locations("H2"))
                .target("5")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(target.jdbcUrl(), target.user(), target.password());
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO product (sku, sku_key, name, category, unit, reorder_point, unit_cost, archived,"
                    + " version, created_at, updated_at) VALUES ('old-2', 'OLD-2', 'Nut', 'Tools',"
                    + " 'each', 0, 1, FALSE, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO stock_command (idempotency_key, command_type, user_name, recorded_at)"
                    + " VALUES ('k1', 'RECEIVE', 'old', CURRENT_TIMESTAMP)");
            s.execute("INSERT INTO stock_level (product_id, location_id, on_hand, reserved, version)"
                    + " SELECT p.id, l.id, 12, 0, 1 FROM product p, location l WHERE l.code = 'MAIN'");
            s.execute("INSERT INTO movement (occurred_at, user_name, product_id, location_id, movement_type,"
                    + " quantity, on_hand_after, level_version, command_key) SELECT CURRENT_TIMESTAMP, 'old',"
                    + " product_id, location_id, 'RECEIVE', 12, 12, 1, 'k1' FROM stock_level");
        }

        try (Backend backend = Backend.open(folder)) {
            assertThat(backend.verifier().verify().mismatches())
                    .as("totals filled from the levels")
                    .isEmpty();
            List<ProductRow> bySort = backend.productCatalogue()
                    .page(CatalogueQuery.everything().sortedBy(CatalogueQuery.SortKey.ON_HAND, true), 0, 10);
            assertThat(bySort).extracting(ProductRow::onHand).containsExactly(12L);
            assertThat(backend.backups().list())
                    .as("a backup taken before the upgrade")
                    .singleElement()
                    .satisfies(b -> {
                        assertThat(b.verified()).isTrue();
                        assertThat(b.manifest().schemaVersion()).isEqualTo("5");
                        assertThat(b.manifest().movements()).isEqualTo(1);
                        assertThat(b.file().getFileName().toString()).contains("before-upgrade");
                    });
        }
    }
}
