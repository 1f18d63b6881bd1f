package org.stockroom.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.domain.transfer.ImportKind;
import org.stockroom.service.Actor;
import org.stockroom.service.ValidationException;

/**
 * 1,000 malformed files from a seeded generator plus hand-written ones (a 10 MB cell, 100,000 columns, a ZIP that
 * is not a workbook, an old .xls, binary junk, empty and header-only files): each is committed, and each must be
 * refused with a message that names a row (or the file, when it is no table at all), in bounded time, having
 * written nothing. Every generated file carries at least one bad row near its start, so that whatever else the
 * mutation does to it, it is not a valid import. Seed: {@code -Dstockroom.corpus.seed=N}.
 */
class MalformedFilesCorpusTest {

    static final int GENERATED = Integer.getInteger("stockroom.corpus.files", 1000);
    static final long SEED = Long.getLong("stockroom.corpus.seed", 20261207L);
    static final Duration PER_FILE = Duration.ofSeconds(20);
    static final Pattern NAMES_WHERE = Pattern.compile("(?i)(row \\d+|\\.csv|\\.xlsx|\\.xls|file)");

    @RegisterExtension
    final FreshBackend fresh = new FreshBackend();

    final Actor by = Actor.named("importer");

    @Test
    void everyMalformedFileIsRefusedByRowAndWritesNothing() throws IOException {
        Random random = new Random(SEED);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < GENERATED; i++) {
            files.add(write("gen-" + i + ".csv", CorpusFiles.generated(random)));
        }
        files.addAll(handWritten());
        long refused = 0;
        for (Path file : files) {
            ImportKind kind =
                    file.getFileName().toString().startsWith("products-") ? ImportKind.PRODUCTS : ImportKind.STOCK;
            long started = System.nanoTime();
            String message = commitMessage(file, kind);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(message)
                    .as("%s as %s must be refused: %s", file.getFileName(), kind, shown(file))
                    .isNotNull();
            assertThat(message)
                    .as("%s: the message says where", file.getFileName())
                    .containsPattern(NAMES_WHERE);
            assertThat(took).as("%s took too long", file.getFileName()).isLessThan(PER_FILE);
            refused++;
        }
        assertThat(refused).isGreaterThanOrEqualTo(1000);
        assertThat(fresh.backend().catalogue().productCount())
                .as("no file wrote a product")
                .isZero();
        assertThat(fresh.backend().verifier().verify().movements())
                .as("no file wrote a movement")
                .isZero();
        assertThat(fresh.backend().catalogue().locations())
                .as("no file made a location")
                .hasSize(1);
    }

    private static String shown(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        return new String(b, 0, Math.min(b.length, 400), StandardCharsets.ISO_8859_1);
    }

    /** The refusal's message, or null if the file was imported. */
    private String commitMessage(Path file, ImportKind kind) {
        try {
            fresh.backend()
                    .imports()
                    .commit(by, file, ImportOptions.of(kind).withCreate(true, false), ImportProgress.NONE, () -> false);
            return null;
        } catch (ValidationException e) {
            return e.getMessage();
        }
    }

    private Path write(String name, byte[] content) throws IOException {
        Path file = fresh.folder().resolve(name);
        Files.write(file, content);
        return file;
    }

    private List<Path> handWritten() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(write("empty.csv", new byte[0]));
        files.add(write("header-only.csv", "SKU,Name,Quantity\r\n".getBytes(StandardCharsets.UTF_8)));
        files.add(write("blank-lines.csv", "\n\n\n".getBytes(StandardCharsets.UTF_8)));
        StringBuilder huge = new StringBuilder("SKU,Name\nA-1,");
        huge.append("x".repeat(10 << 20)).append('\n');
        files.add(write("products-ten-mb-cell.csv", huge.toString().getBytes(StandardCharsets.UTF_8)));
        StringBuilder wide = new StringBuilder("SKU,Name");
        for (int i = 0; i < 100_000; i++) {
            wide.append(",c").append(i);
        }
        wide.append("\nA-1,\n");
        files.add(write("hundred-thousand-columns.csv", wide.toString().getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        files.add(write("not-a-workbook.xlsx", zip.toByteArray()));
        files.add(write("old.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0, 1, 2}));
        byte[] junk = new byte[4096];
        new Random(1).nextBytes(junk);
        files.add(write("junk.csv", junk));
        files.add(write("unbalanced.csv", "SKU,Name\nA-1,\"never closed\nA-2,b\n".getBytes(StandardCharsets.UTF_8)));
        files.add(write(
                "stock-unknown-location.csv", "SKU,Location,Qty\nA-1,NOWHERE,3\n".getBytes(StandardCharsets.UTF_8)));
        files.add(write("stock-fraction.csv", "SKU;Menge\nA-1;12,5\n".getBytes(StandardCharsets.UTF_8)));
        files.add(write(
                "formula.csv",
                "SKU,Name,Qty\n=cmd|' /C calc'!A0,=HYPERLINK(\"x\"),3\n".getBytes(StandardCharsets.UTF_8)));
        files.add(write(
                "products-case-duplicates.csv", "SKU,Name\nab-1,One\nAB-1 ,Two\n".getBytes(StandardCharsets.UTF_8)));
        return files;
    }
}
