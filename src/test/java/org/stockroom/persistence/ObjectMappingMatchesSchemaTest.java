package org.stockroom.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start does not compare the mapping with the schema (see {@link ObjectMapping}); this does, in every build: the
 * entities match the tables the migrations make. The negative control maps a column no migration made, and the
 * same check refuses it.
 */
class ObjectMappingMatchesSchemaTest {

    @TempDir
    Path dir;

    @Test
    void everyMappedTableAndColumnExistsInTheMigratedSchema() {
        try (Database database = Database.open(dir)) {
            try (SessionFactory validated = ObjectMapping.build(
                    database.dataSource(),
                    database.target().dialect(),
                    ObjectMapping.SchemaCheck.VALIDATE,
                    ObjectMapping.ENTITIES)) {
                assertThat(validated.getMetamodel().getEntities()).hasSize(ObjectMapping.ENTITIES.size());
            }
        }
    }

    @Test
    void aColumnNoMigrationMadeIsRefused() {
        List<Class<?>> withAStrayColumn = new ArrayList<>(ObjectMapping.ENTITIES);
        withAStrayColumn.add(ProductWithShelfLife.class);
        try (Database database = Database.open(dir)) {
            assertThatThrownBy(() -> ObjectMapping.build(
                                    database.dataSource(),
                                    database.target().dialect(),
                                    ObjectMapping.SchemaCheck.VALIDATE,
                                    withAStrayColumn)
                            .close())
                    .isInstanceOf(SchemaManagementException.class)
                    .hasMessageContaining("shelf_life_days");
        }
    }

    @Test
    void theStartsMappingSkipsTheCheckAndStillWorks() {
        try (Database database = Database.open(dir)) {
            Integer one = database.transactions()
                    .read(session ->
                            session.createNativeQuery("SELECT 1", Integer.class).getSingleResult());
            assertThat(one).isEqualTo(1);
        }
    }

    /** The negative control's entity: the product table with a column that no migration adds. */
    @Entity(name = "ProductWithShelfLife")
    @Table(name = "product")
    static class ProductWithShelfLife {
        @Id
        Long id;

        @Column(name = "shelf_life_days")
        Integer shelfLifeDays;
    }
}
