package org.stockroom.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.cli.CommandLineRun;
import org.stockroom.cli.ExitCodes;
import org.stockroom.persistence.H2Dialect;
import org.stockroom.service.Backend;

/** {@code stockroom generate} fills an empty folder and leaves it compact: its synced batches' old chunks given back. */
class GenerateCommandTest {

    @TempDir
    Path folder;

    final CommandLineRun cli = new CommandLineRun();

    @Test
    void aGeneratedCatalogueIsCompactedAtTheEndAndVerifies() throws Exception {
        Path data = folder.resolve("data");

        assertThat(cli.run("generate", "--products", "3000", "--data-dir", data.toString()))
                .as(cli.err())
                .isEqualTo(ExitCodes.OK);

        assertThat(cli.out()).contains("Generated 3,000 products").contains("Compacted the file from");
        String[] sizes = cli.out()
                .replaceAll("(?s).*Compacted the file from ([0-9,]+) to ([0-9,]+) bytes.*", "$1 $2")
                .replace(",", "")
                .split(" ");
        long before = Long.parseLong(sizes[0]);
        long after = Long.parseLong(sizes[1]);
        System.out.printf("generate 3,000: %,d -> %,d bytes%n", before, after);
        assertThat(after).isLessThan(before);
        assertThat(Files.size(data.resolve(H2Dialect.FILE_NAME + ".mv.db"))).isEqualTo(after);
        try (Backend backend = Backend.open(data)) {
            assertThat(backend.catalogue().productCount()).isEqualTo(3000);
            assertThat(backend.verifier().verify().consistent()).isTrue();
        }
    }
}
