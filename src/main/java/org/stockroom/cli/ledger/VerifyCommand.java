package org.stockroom.cli.ledger;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.stockroom.cli.ActingUser;
import org.stockroom.cli.DatabaseOptions;
import org.stockroom.cli.ExitCodes;
import org.stockroom.persistence.Database;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.persistence.DatabaseUnavailableException;
import org.stockroom.persistence.SqlErrors;
import org.stockroom.persistence.access.UserPresence;
import org.stockroom.service.Backend;
import org.stockroom.service.BackendOpener;
import org.stockroom.service.audit.AuditVerifier;
import org.stockroom.service.ledger.LedgerMismatch;
import org.stockroom.service.ledger.LedgerVerifier;
import org.stockroom.service.ledger.LedgerVerifier.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code stockroom verify}: checks that every stock level's on hand equals the sum of its movements and its
 * reserved quantity the sum of its open reservations, and that the audit trail's last recorded state of every
 * product, location, user and setting equals the stored row. It neither creates a database nor migrates one.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = "Check that every on-hand balance equals the sum of its movements and every reserved "
                + "quantity the sum of its open reservations, and that the audit trail agrees with the stored "
                + "products, locations, users and settings. Exit 0 if consistent, 1 if not, 5 if the database "
                + "cannot be opened.")
public final class VerifyCommand implements Callable<Integer> {

    private final BackendOpener opener;

    VerifyCommand(BackendOpener opener) {
        this.opener = opener;
    }

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Mixin
    ActingUser acting = new ActingUser();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DatabaseTarget target = database.target();
        DataSource source = Database.existingDataSource(target);
        requireStockroomSchema(source, target);
        if (UserPresence.hasUsers(source)) {
            // As in the window: any user (a Viewer) may check the ledger; a stranger may not read it.
            try (Backend backend = opener.open(target)) {
                acting.signIn(backend, null);
            }
        }
        VerificationReport report = new LedgerVerifier(source).verify();
        AuditVerifier.Report audit = new AuditVerifier(source).verify();
        PrintWriter out = spec.commandLine().getOut();
        for (LedgerMismatch mismatch : report.mismatches()) {
            out.println("MISMATCH " + mismatch);
        }
        for (String mismatch : audit.mismatches()) {
            out.println("AUDIT MISMATCH " + mismatch);
        }
        if (report.consistent()) {
            out.printf(
                    "OK: %d stock levels and %d movements in %s; every on hand equals the sum of its " + "movements.%n",
                    report.stockLevels(), report.movements(), target.describe());
        } else {
            out.printf(
                    "FAILED: %d mismatch(es) among %d stock levels in %s.%n",
                    report.mismatches().size(), report.stockLevels(), target.describe());
        }
        printAudit(out, audit);
        return report.consistent() && audit.consistent() ? ExitCodes.OK : ExitCodes.LEDGER_MISMATCH;
    }

    private static void printAudit(PrintWriter out, AuditVerifier.Report audit) {
        if (!audit.present()) {
            out.println("Audit trail: none in this database (from before version 8 of the schema).");
        } else if (audit.consistent()) {
            out.printf(
                    "OK: audit trail: %d audited rows match their last recorded state (%d rows from before the"
                            + " audit trail have no record).%n",
                    audit.audited(), audit.unaudited());
        } else {
            out.printf(
                    "FAILED: audit trail: %d row(s) differ from their last recorded state.%n",
                    audit.mismatches().size());
        }
    }

    private static void requireStockroomSchema(DataSource source, DatabaseTarget target) {
        try (Connection connection = source.getConnection()) {
            if (!org.stockroom.persistence.Sql.tableExists(connection, "movement")) {
                throw new DatabaseUnavailableException(target.describe() + " is not a Stockroom database", null);
            }
        } catch (SQLException e) {
            throw new SqlErrors(target.dialect()).unavailable(target, e);
        }
    }
}
