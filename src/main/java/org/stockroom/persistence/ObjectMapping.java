package org.stockroom.persistence;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.stockroom.domain.access.AccessToken;
import org.stockroom.domain.access.UserAccount;
import org.stockroom.domain.audit.AuditRevision;
import org.stockroom.domain.ledger.Movement;
import org.stockroom.domain.location.Location;
import org.stockroom.domain.product.Product;
import org.stockroom.domain.reason.ReasonCodeDefinition;
import org.stockroom.domain.reservation.Reservation;
import org.stockroom.domain.settings.SiteSetting;
import org.stockroom.domain.stock.StockCommandRecord;
import org.stockroom.domain.stock.StockLevel;

/**
 * Hibernate's mapping of the entities onto the tables Flyway made. It is built without a connection (the dialect
 * is given, JDBC metadata is not read), so a start builds it while the database file opens and its schema is
 * checked. It does not compare itself with the schema at every start: that would read the catalog of every table
 * (about 100 ms here) to find what only a build can break, so {@code ObjectMappingMatchesSchemaTest} does it in
 * every build.
 */
public final class ObjectMapping {

    /** Every mapped entity. */
    public static final List<Class<?>> ENTITIES = List.of(
            Product.class,
            Location.class,
            StockLevel.class,
            Movement.class,
            StockCommandRecord.class,
            Reservation.class,
            UserAccount.class,
            SiteSetting.class,
            ReasonCodeDefinition.class,
            AuditRevision.class,
            AccessToken.class);

    /** What Hibernate checks against the schema when it starts. */
    public enum SchemaCheck {
        /** Nothing: the schema is Flyway's, and the build's test compares the two. */
        NONE,
        /** Every mapped table and column must exist with a matching type (the test's check). */
        VALIDATE
    }

    private ObjectMapping() {}

    /**
     * Starts building the mapping on a thread of its own, over {@code dataSource} (which may not be open yet: nothing
     * connects until the first session).
     */
    static CompletableFuture<SessionFactory> buildInBackground(DataSource dataSource, Dialect dialect) {
        CompletableFuture<SessionFactory> built = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        built.complete(build(dataSource, dialect, SchemaCheck.NONE, ENTITIES));
                    } catch (RuntimeException | Error e) {
                        built.completeExceptionally(e);
                    }
                },
                "stockroom-object-mapping");
        thread.setDaemon(true);
        thread.start();
        return built;
    }

    /** The mapping built by {@link #buildInBackground}, or what made it fail. */
    static SessionFactory await(CompletableFuture<SessionFactory> building) {
        try {
            return building.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Closes the mapping once it is built: for a start that failed while it was being built. */
    static void discard(CompletableFuture<SessionFactory> building) {
        building.thenAccept(SessionFactory::close);
    }

    /** Builds the mapping of {@code entities} now. */
    public static SessionFactory build(
            DataSource dataSource, Dialect dialect, SchemaCheck check, List<Class<?>> entities) {
        return build(dataSource, dialect.hibernateDialect(), check, entities);
    }

    /** The same with Hibernate's dialect given directly (a database this program has no dialect of its own for). */
    public static SessionFactory build(
            DataSource dataSource, org.hibernate.dialect.Dialect dialect, SchemaCheck check, List<Class<?>> entities) {
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
                .applySetting(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource)
                .applySetting(AvailableSettings.DIALECT, dialect)
                .applySetting(AvailableSettings.ALLOW_METADATA_ON_BOOT, check == SchemaCheck.VALIDATE)
                .applySetting(AvailableSettings.HBM2DDL_AUTO, check == SchemaCheck.VALIDATE ? "validate" : "none")
                .applySetting(AvailableSettings.SHOW_SQL, "false")
                .applySetting(AvailableSettings.STATEMENT_BATCH_SIZE, "50")
                // A version-checked UPDATE must be checked on its own: in a JDBC batch its row count was not
                // always seen, and the benchmark's @Version path lost updates under contention.
                .applySetting("hibernate.jdbc.batch_versioned_data", "false")
                .applySetting(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, "true")
                // The audit trail's tables are made by Flyway (V8) in lower case, like every other table.
                .applySetting("org.hibernate.envers.audit_table_suffix", "_aud")
                .applySetting("org.hibernate.envers.revision_field_name", "rev")
                .applySetting("org.hibernate.envers.revision_type_field_name", "revtype")
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            return sources.buildMetadata().buildSessionFactory();
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        }
    }
}
