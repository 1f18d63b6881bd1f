package org.stockroom.property;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stockroom.TestBackends;
import org.stockroom.persistence.DatabaseTarget;

/** Every property of {@link LedgerPropertyTest}, on PostgreSQL (its own open hides the H2 one). */
class LedgerPropertyOnPostgresTest extends LedgerPropertyTest {

    @BeforeAll
    static void open() {
        backend = TestBackends.onPostgres();
        backend.locations().create(TestBackends.ACTOR, "SHOP", "Shop floor");
    }

    @Test
    void runsOnPostgres() {
        assertThat(backend.database().target()).isInstanceOf(DatabaseTarget.Postgres.class);
    }
}
