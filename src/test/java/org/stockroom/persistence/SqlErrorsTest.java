package org.stockroom.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** H2's error codes read through its dialect, under whatever wraps them. */
class SqlErrorsTest {

    final SqlErrors errors = new SqlErrors(new H2Dialect());

    @Test
    void lockTimeoutsAndDeadlocksAreLockConflictsWhereverTheyAreWrapped() {
        assertThat(errors.isLockConflict(new RuntimeException(new SQLException("timeout", "HYT00", 50200))))
                .isTrue();
        assertThat(errors.isLockConflict(new SQLException("deadlock", "40001", 40001)))
                .isTrue();
        assertThat(errors.isLockConflict(new SQLException("syntax", "42000", 42000)))
                .isFalse();
        assertThat(errors.isLockConflict(new IllegalStateException("no SQL here")))
                .isFalse();
    }

    @Test
    void aUniqueViolationIsFoundByTheConstraintItNames() {
        SQLException unique = new SQLException(
                "Unique index or primary key violation: \"PUBLIC.UQ_PRODUCT_SKU_KEY\"", "23505", 23505);
        assertThat(errors.violates(new RuntimeException(unique), "uq_product_sku_key"))
                .isTrue();
        assertThat(errors.violates(unique, "UQ_LOCATION_CODE")).isFalse();
    }

    @Test
    void openFailuresBecomeWordsAUserCanActOn() {
        DatabaseTarget.Local here = new DatabaseTarget.Local(Path.of("/data/stock"));
        assertThat(errors.unavailable(here, new SQLException("locked", "90020", 90020))
                        .getMessage())
                .contains("in use by another Stockroom process");
        DatabaseTarget.Remote server = new DatabaseTarget.Remote("stock-pc", 9092, "x");
        assertThat(errors.unavailable(server, new SQLException("bad password", "28000", 28000))
                        .getMessage())
                .contains("Wrong password for the Stockroom server at stock-pc:9092");
        assertThat(server.jdbcUrl()).startsWith("jdbc:h2:ssl://stock-pc:9092/stockroom;LOCK_TIMEOUT=");
    }
}
