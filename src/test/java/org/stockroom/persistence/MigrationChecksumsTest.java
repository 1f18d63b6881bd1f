package org.stockroom.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Databases already in use hold each applied script's checksum, and Flyway refuses to open one whose scripts changed.
 * Issue 27 moved H2's V8 and V10 into db/vendor/h2 (PostgreSQL has its own copies); this shows that every script H2
 * runs is still the one those databases ran (checksums read from a database made before the move), and that the
 * comparison catches a script changed by as little as a comment.
 */
class MigrationChecksumsTest {

    @TempDir
    Path dir;

    @Test
    void everyScriptH2RunsIsTheOneDatabasesInUseRan() throws Exception {
        try (Database database = Database.open(dir.resolve("data"))) {
            MigrationInfo[] applied =
                    Migrations.over(database.dataSource()).info().applied();
            assertThat(differences(golden(), applied)).isEmpty();
        }
    }

    @Test
    void aScriptChangedByOneCommentIsCaught() throws Exception {
        Path scripts = Files.createDirectories(dir.resolve("scripts"));
        for (String folder : List.of("migration", "vendor/h2")) {
            try (var files = Files.list(resource("/db/" + folder))) {
                for (Path script :
                        files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                    Files.copy(script, scripts.resolve(script.getFileName()));
                }
            }
        }
        Path v8 = scripts.resolve("V8__workstations_badges_tokens_settings_audit.sql");
        Files.writeString(v8, "-- a harmless-looking comment\n" + Files.readString(v8));
        DatabaseTarget.Local target = new DatabaseTarget.Local(dir.resolve("edited"));
        Flyway edited = Flyway.configure()
                .dataSource(target.jdbcUrl(), target.user(), target.password())
                // the Java migration (V3_1) lives in the db.migration package
                .locations("filesystem:" + scripts, "classpath:db/migration")
                .ignoreMigrationPatterns("*:missing")
                .load();
        edited.migrate();
        assertThat(differences(golden(), edited.info().applied())).containsOnlyKeys("8");
    }

    /** Versions whose checksum differs from (or is missing against) the golden list. */
    private static Map<String, String> differences(Map<String, String> golden, MigrationInfo[] applied) {
        Map<String, String> found = new LinkedHashMap<>();
        Arrays.stream(applied)
                .filter(m -> m.getVersion() != null)
                .forEach(m -> found.put(
                        m.getVersion().getVersion(),
                        m.getChecksum() == null ? "null" : m.getChecksum().toString()));
        Map<String, String> differences = new LinkedHashMap<>();
        golden.forEach((version, checksum) -> {
            if (!Objects.equals(found.get(version), checksum)) {
                differences.put(version, "expected " + checksum + ", found " + found.get(version));
            }
        });
        return differences;
    }

    private static Map<String, String> golden() throws IOException, URISyntaxException {
        Map<String, String> golden = new LinkedHashMap<>();
        for (String line : Files.readAllLines(resource("/db/h2-migration-checksums.tsv"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] fields = line.split("\t");
                golden.put(fields[0], fields[1]);
            }
        }
        assertThat(golden).as("the golden list").hasSizeGreaterThanOrEqualTo(14);
        return golden;
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(MigrationChecksumsTest.class.getResource(name), name)
                .toURI());
    }
}
