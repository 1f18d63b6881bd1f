package org.stockroom.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.stockroom.domain.transfer.ImportKind;
import org.stockroom.domain.transfer.NumberStyle;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.transfer.ExportFormat;
import org.stockroom.service.transfer.ImportOptions;
import org.stockroom.service.transfer.ImportProgress;
import org.stockroom.service.transfer.ImportReport;

/**
 * Importing N generated product rows, side by side in one process with the floor no validating importer beats: H2's
 * own {@code CSVREAD} of the same file into a plain table of the same columns, synced. Then the dry run of the file
 * on a fresh folder, the all-or-nothing commit, and the export of what was imported (CSV and XLSX), with the
 * heap's peak use sampled all along.
 */
public final class ImportBench {

    /** The figures of one run. */
    public record Result(
            long rows,
            long fileBytes,
            double floorSeconds,
            double dryRunSeconds,
            double importSeconds,
            double csvExportSeconds,
            double xlsxExportSeconds,
            double peakHeapMb,
            double maxHeapMb) {

        public void print(PrintWriter out) {
            out.printf("rows                     %,d (%.1f MB CSV)%n", rows, fileBytes / 1e6);
            out.printf("floor: H2 CSVREAD        %8.1f s  %,10.0f rows/s%n", floorSeconds, rows / floorSeconds);
            out.printf("dry run                  %8.1f s  %,10.0f rows/s%n", dryRunSeconds, rows / dryRunSeconds);
            out.printf("import (all or nothing)  %8.1f s  %,10.0f rows/s%n", importSeconds, rows / importSeconds);
            out.printf("export CSV               %8.1f s  %,10.0f rows/s%n", csvExportSeconds, rows / csvExportSeconds);
            out.printf(
                    "export XLSX              %8.1f s  %,10.0f rows/s%n", xlsxExportSeconds, rows / xlsxExportSeconds);
            out.printf("import vs floor          %8.2fx (target >= 0.5x)%n", floorSeconds / importSeconds);
            out.printf(
                    "dry run vs import        %8.2fx the import's time (target <= 2x)%n",
                    dryRunSeconds / importSeconds);
            out.printf("peak heap used           %8.0f MB of %.0f MB max (target < 512 MB)%n", peakHeapMb, maxHeapMb);
        }
    }

    private final Function<DatabaseTarget, Backend> open;
    private final Path folder;

    public ImportBench(Function<DatabaseTarget, Backend> open, Path folder) {
        this.open = open;
        this.folder = folder;
    }

    public Result run(long rows, PrintWriter progress) throws IOException, SQLException {
        Path file = folder.resolve("products.csv");
        write(file, rows);
        progress.printf("generated %,d rows%n", rows);
        progress.flush();
        try (HeapPeak peak = new HeapPeak()) {
            double floor = floor(file);
            progress.printf("floor done: %.1f s%n", floor);
            progress.flush();
            Actor by = Actor.named("bench");
            ImportOptions options = ImportOptions.of(ImportKind.PRODUCTS);
            try (Backend backend = open.apply(new DatabaseTarget.Local(folder.resolve("stockroom")))) {
                long t0 = System.nanoTime();
                ImportReport dry = backend.imports().preview(by, file, options, ImportProgress.NONE, () -> false);
                double dryRun = (System.nanoTime() - t0) / 1e9;
                if (!dry.clean()) {
                    throw new IllegalStateException("The generated file has rejects: " + dry.rejects());
                }
                progress.printf("dry run done: %.1f s%n", dryRun);
                progress.flush();
                t0 = System.nanoTime();
                backend.imports().commit(by, file, options, ImportProgress.NONE, () -> false);
                double commit = (System.nanoTime() - t0) / 1e9;
                progress.printf("import done: %.1f s%n", commit);
                progress.flush();
                t0 = System.nanoTime();
                backend.productExport()
                        .write(folder.resolve("export.csv"), ExportFormat.CSV, NumberStyle.DECIMAL_POINT);
                double csv = (System.nanoTime() - t0) / 1e9;
                t0 = System.nanoTime();
                backend.productExport()
                        .write(folder.resolve("export.xlsx"), ExportFormat.XLSX, NumberStyle.DECIMAL_POINT);
                double xlsx = (System.nanoTime() - t0) / 1e9;
                return new Result(
                        rows,
                        Files.size(file),
                        floor,
                        dryRun,
                        commit,
                        csv,
                        xlsx,
                        peak.mb(),
                        Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0));
            }
        }
    }

    /** The same eight columns a catalogue export has; every value valid, one in seven with a barcode. */
    static void write(Path file, long rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("SKU,Name,Category,Unit,Barcode,Unit cost,Reorder point,Archived\n");
            for (long i = 0; i < rows; i++) {
                w.write("BENCH-" + i + ",Generated part " + i + " of size " + (i % 97) + ",Category " + (i % 40)
                        + ",each," + (i % 7 == 0 ? String.valueOf(4_000_000_000_000L + i) : "") + "," + (i % 50)
                        + "." + (i % 100) + "," + (i % 30) + ",no\n");
            }
        }
    }

    /** CSVREAD into a plain table of the same columns in a new H2 file, then a synced checkpoint. */
    private double floor(Path file) throws SQLException {
        String url = "jdbc:h2:" + folder.resolve("floor").toAbsolutePath();
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE product_floor (sku VARCHAR(100) PRIMARY KEY, name VARCHAR(200) NOT NULL,"
                    + " category VARCHAR(100), unit VARCHAR(20), barcode VARCHAR(50), unit_cost DECIMAL(19,4),"
                    + " reorder_point BIGINT, archived BOOLEAN)");
            s.execute("INSERT INTO product_floor SELECT * FROM CSVREAD('"
                    + file.toAbsolutePath().toString().replace("'", "''") + "', NULL, 'charset=UTF-8')");
            s.execute("CHECKPOINT SYNC");
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** The most heap in use seen, sampled every 20 ms on a daemon thread. */
    private static final class HeapPeak implements AutoCloseable {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;

        HeapPeak() {
            sampler = new Thread(
                    () -> {
                        while (running) {
                            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                            try {
                                Thread.sleep(20);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "heap-peak");
            sampler.setDaemon(true);
            sampler.start();
        }

        double mb() {
            return peak.get() / (1024.0 * 1024.0);
        }

        @Override
        public void close() {
            running = false;
        }
    }
}
