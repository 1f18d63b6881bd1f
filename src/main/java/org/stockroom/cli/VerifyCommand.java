package org.stockroom.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.h2.jdbcx.JdbcDataSource;
import org.stockroom.persistence.Database;
import org.stockroom.persistence.DatabaseUnavailableException;
import org.stockroom.persistence.SqlErrors;
import org.stockroom.service.LedgerMismatch;
import org.stockroom.service.LedgerVerifier;
import org.stockroom.service.LedgerVerifier.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code stockroom verify}: checks that every stock level's on hand equals the sum of its movements. Reads
 * only: it neither creates a database nor migrates one.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check that every on-hand balance equals the sum of its movements. "
                + "Exit 0 if consistent, 1 if not, 5 if the database cannot be opened.")
final class VerifyCommand implements Callable<Integer> {

    @Mixin
    DataOptions data = new DataOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path dir = data.resolve();
        if (!Database.existsIn(dir)) {
            throw new DatabaseUnavailableException("No Stockroom database in " + dir, null);
        }
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(Database.jdbcUrl(dir, true));
        source.setUser("sa");
        requireStockroomSchema(source, dir);
        VerificationReport report = new LedgerVerifier(source).verify();
        PrintWriter out = spec.commandLine().getOut();
        for (LedgerMismatch mismatch : report.mismatches()) {
            out.println("MISMATCH " + mismatch);
        }
        if (report.consistent()) {
            out.printf("OK: %d stock levels and %d movements in %s; every on hand equals the sum of its "
                    + "movements.%n", report.stockLevels(), report.movements(), dir);
            return ExitCodes.OK;
        }
        out.printf("FAILED: %d of %d stock levels disagree with their movements in %s.%n",
                report.mismatches().size(), report.stockLevels(), dir);
        return ExitCodes.LEDGER_MISMATCH;
    }

    private static void requireStockroomSchema(JdbcDataSource source, Path dir) {
        try (Connection connection = source.getConnection()) {
            if (!connection.getMetaData().getTables(null, null, "MOVEMENT", null).next()) {
                throw new DatabaseUnavailableException("The database in " + dir + " is not a Stockroom database", null);
            }
        } catch (SQLException e) {
            boolean inUse = e.getErrorCode() == SqlErrors.H2_DATABASE_IN_USE;
            throw new DatabaseUnavailableException(inUse
                    ? "The database in " + dir + " is in use by another Stockroom process; close it and retry"
                    : "Cannot open the database in " + dir + ": " + e.getMessage(), e);
        }
    }
}
