package org.stockroom.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.PostgreSQLDialect;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.stockroom.persistence.Migrations;
import org.stockroom.persistence.ObjectMapping;

/**
 * Issue 27's first step: the schema Stockroom's migrations build runs on PostgreSQL as on H2, and the object
 * mapping (Envers' audit tables included) matches it there too.
 */
class MigrationsOnPostgresTest {

    @Test
    void everyMigrationRunsOnPostgresAndTheMappingMatchesTheResult() throws Exception {
        TestPostgres.TestDatabase database = TestPostgres.newDatabase();
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(database.jdbcUrl());
        source.setUser(database.server().user());
        source.setPassword(database.server().password());

        Flyway flyway = Migrations.over(source);
        MigrateResult result = flyway.migrate();
        assertThat(result.success).isTrue();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).hasSize(flyway.info().all().length);

        try (SessionFactory validated = ObjectMapping.build(
                source,
                new PostgreSQLDialect(DatabaseVersion.make(15)),
                ObjectMapping.SchemaCheck.VALIDATE,
                ObjectMapping.ENTITIES)) {
            assertThat(validated.getMetamodel().getEntities()).hasSize(ObjectMapping.ENTITIES.size());
        }
        try (Connection c = database.connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT code FROM location")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).as("the foundation's seeded location").isEqualTo("MAIN");
        }
    }
}
