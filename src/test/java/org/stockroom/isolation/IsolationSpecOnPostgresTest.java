package org.stockroom.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.stockroom.TestBackends;
import org.stockroom.persistence.DatabaseTarget;

/** Every interleaving of {@link IsolationSpecTest}, on PostgreSQL (its own open hides the H2 one). */
class IsolationSpecOnPostgresTest extends IsolationSpecTest {

    @BeforeAll
    static void open() {
        backend = TestBackends.onPostgres();
    }

    @Test
    void runsOnPostgres() {
        assertThat(backend.database().target()).isInstanceOf(DatabaseTarget.Postgres.class);
    }
}
