package org.stockroom.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The build starts PostgreSQL by itself on a machine with only a JDK (as root too), and every test gets a database
 * of its own that keeps what it commits.
 */
class TestPostgresTest {

    @Test
    void aFreshDatabaseOnTheBuildsOwnServerAcceptsAndKeepsACommit() throws Exception {
        TestPostgres.TestDatabase first = TestPostgres.newDatabase();
        TestPostgres.TestDatabase second = TestPostgres.newDatabase();
        assertThat(first.name()).isNotEqualTo(second.name());
        try (Connection c = first.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (n INT)");
            s.execute("INSERT INTO t VALUES (41), (1)");
        }
        try (Connection c = first.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT sum(n), current_setting('server_version_num') FROM t")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getInt(1)).isEqualTo(42);
            assertThat(Integer.parseInt(r.getString(2))).isGreaterThanOrEqualTo(150000);
        }
        try (Connection c = second.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 't'")) {
            r.next();
            assertThat(r.getInt(1)).as("the second database is separate").isZero();
        }
    }

    @Test
    void theServerAsksForThePassword() {
        TestPostgres.Server server = TestPostgres.server();
        TestPostgres.Server wrong = new TestPostgres.Server(server.host(), server.port(), server.user(), "wrong");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> wrong.connect("postgres").close())
                .hasMessageContaining("password authentication failed");
    }
}
