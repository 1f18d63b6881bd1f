package org.stockroom.service.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stockroom.FreshBackend;
import org.stockroom.domain.transfer.ImportKind;
import org.stockroom.service.Actor;
import org.stockroom.service.ValidationException;

/** A commit writes every row or none: a reject in the last chunk, or a cancel between chunks, leaves nothing. */
class AllOrNothingImportTest {

    @RegisterExtension
    final FreshBackend fresh = freshBackend();

    /** H2 here; the PostgreSQL twin gives its own. */
    FreshBackend freshBackend() {
        return new FreshBackend();
    }

    final Actor by = Actor.named("importer");

    Path productsFile(int rows, String lastRow) throws IOException {
        StringBuilder s = new StringBuilder("SKU;Name;Category;Unit cost\n");
        for (int i = 0; i < rows; i++) {
            s.append("P-").append(i).append(";Part ").append(i).append(";Bolts;1,25\n");
        }
        s.append(lastRow).append('\n');
        Path file = fresh.folder().resolve("products.csv");
        Files.writeString(file, s, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aRejectAfterThousandsOfGoodRowsWritesNothing() throws IOException {
        Path file = productsFile(5000, "P-17;Twice;Bolts;1,00");

        ImportReport preview = fresh.backend()
                .imports()
                .preview(by, file, ImportOptions.of(ImportKind.PRODUCTS), ImportProgress.NONE, () -> false);
        assertThat(preview.rejects())
                .extracting(Reject::describe)
                .containsExactly(
                        "row 5002, column SKU: row 19 and row 5002 both have SKU P-17 (SKUs are the same whatever their case"
                                + " and spaces around them)");
        assertThat(preview.numberStyle()).contains("decimal comma");

        assertThatThrownBy(() -> fresh.backend()
                        .imports()
                        .commit(by, file, ImportOptions.of(ImportKind.PRODUCTS), ImportProgress.NONE, () -> false))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Nothing was imported: row 5002");
        assertThat(fresh.backend().catalogue().productCount())
                .as("the 5,000 rows before the reject were written in the same transaction, and rolled back")
                .isZero();
    }

    @Test
    void cancelBetweenChunksLeavesTheDatabaseAsBefore() throws IOException {
        Path file = productsFile(5000, "P-LAST;Last;Bolts;2");
        AtomicLong seen = new AtomicLong();

        assertThatThrownBy(() -> fresh.backend()
                        .imports()
                        .commit(
                                by,
                                file,
                                ImportOptions.of(ImportKind.PRODUCTS),
                                (done, fraction) -> seen.set(done),
                                () -> seen.get() >= 3000))
                .isInstanceOf(ImportCancelled.class);
        assertThat(seen.get()).as("cancelled part-way").isBetween(3000L, 4000L);
        assertThat(fresh.backend().catalogue().productCount()).isZero();
    }

    @Test
    void goodRowsOnlyWritesTheRejectsFirstAndTheRestAfter() throws IOException {
        Path file = productsFile(10, "BAD;;Bolts;-3");
        Path rejects = fresh.folder().resolve("rejects.csv");

        ImportReport done = fresh.backend()
                .imports()
                .commit(
                        by,
                        file,
                        ImportOptions.of(ImportKind.PRODUCTS).withGoodRowsOnly(true, rejects),
                        ImportProgress.NONE,
                        () -> false);

        assertThat(done.tallies().get("products").created()).isEqualTo(10);
        assertThat(fresh.backend().catalogue().productCount()).isEqualTo(10);
        assertThat(Files.readString(rejects))
                .contains("BAD;;Bolts;-3".split(";")[0])
                .contains("Unit cost cannot be negative");
    }

    /**
     * A stock row rejected for its location still names a product that "create products" would add. With the good
     * rows only, no part of that row is written: its product is not created (the check runs before the commit,
     * and the commit leaves the rows it rejected out; taking them in again, as before, creates X-2).
     */
    @Test
    void goodRowsOnlyWritesNoPartOfARejectedRow() throws IOException {
        Path file = fresh.folder().resolve("stock.csv");
        Files.writeString(file, "SKU;Name;Location;Qty\nX-1;Good;MAIN;2\nX-2;Elsewhere;NOWHERE;3\n");
        Path rejects = fresh.folder().resolve("stock-rejects.csv");
        ImportOptions options =
                ImportOptions.of(ImportKind.STOCK).withCreate(true, false).withGoodRowsOnly(true, rejects);

        ImportReport done = fresh.backend().imports().commit(by, file, options, ImportProgress.NONE, () -> false);

        assertThat(done.rowsRejected()).isEqualTo(1);
        assertThat(fresh.backend().products().findBySku("X-1")).isPresent();
        assertThat(fresh.backend().products().findBySku("X-2"))
                .as("the rejected row's product")
                .isEmpty();
        assertThat(Files.readString(rejects)).contains("X-2", "NOWHERE", "is no location's code");
    }

    @Test
    void theSameStockFileTwiceIsAlreadyImported() throws IOException {
        Path file = fresh.folder().resolve("stock.csv");
        Files.writeString(file, "Artikelnummer;Lagerort;Menge\nA-1;MAIN;1.234\nA-2;MAIN;5\n", StandardCharsets.UTF_8);
        ImportOptions options = ImportOptions.of(ImportKind.STOCK).withCreate(true, false);

        ImportReport first = fresh.backend().imports().commit(by, file, options, ImportProgress.NONE, () -> false);
        ImportReport second = fresh.backend().imports().commit(by, file, options, ImportProgress.NONE, () -> false);

        assertThat(first.tallies().get("stock lines").created()).isEqualTo(2);
        assertThat(second.alreadyImported()).contains("already imported").contains(first.commandKey());
        assertThat(fresh.backend().verifier().verify().movements()).isEqualTo(2);
        assertThat(fresh.backend()
                        .catalogue()
                        .stockLevels(fresh.backend()
                                .products()
                                .findBySku("A-1")
                                .orElseThrow()
                                .id()))
                .singleElement()
                .satisfies(l -> assertThat(l.onHand())
                        .as("1.234 read with the decimal comma of a ; file")
                        .isEqualTo(1234));
    }

    @Test
    void theSameStockFileAsACountAfterItWasOpeningStockIsRefusedNamingTheReversal() throws IOException {
        Path file = fresh.folder().resolve("stock.csv");
        Files.writeString(file, "SKU,Location,Qty\nA-1,MAIN,3\n", StandardCharsets.UTF_8);
        ImportOptions opening = ImportOptions.of(ImportKind.STOCK).withCreate(true, false);
        ImportReport first = fresh.backend().imports().commit(by, file, opening, ImportProgress.NONE, () -> false);

        assertThatThrownBy(() -> fresh.backend()
                        .imports()
                        .commit(by, file, opening.withStockMode(StockMode.COUNT), ImportProgress.NONE, () -> false))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("as opening stock")
                .hasMessageContaining("stockroom reverse " + first.commandKey());
        assertThat(fresh.backend().verifier().verify().movements()).isEqualTo(1);
    }
}
