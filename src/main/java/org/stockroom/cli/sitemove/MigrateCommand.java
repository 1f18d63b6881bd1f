package org.stockroom.cli.sitemove;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.stockroom.cli.ActingUser;
import org.stockroom.cli.DatabaseOptions;
import org.stockroom.cli.ExitCodes;
import org.stockroom.domain.access.Permission;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.persistence.PostgresAddress;
import org.stockroom.persistence.sitemove.TableFingerprint;
import org.stockroom.service.Backend;
import org.stockroom.service.BackendOpener;
import org.stockroom.service.sitemove.SiteMove;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code stockroom migrate --to postgresql://...}: copies a site's whole database (a data folder, or the one a
 * {@code stockroom serve} hosts) into an empty PostgreSQL database, then verifies the copy.
 */
@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        description = "Copy everything this site holds (products, locations, stock, the whole ledger, reservations,"
                + " count sessions, users, tokens, settings, reason codes, the audit trail) into an empty PostgreSQL"
                + " database, in one transaction, then verify the ledger there and compare every table with the"
                + " source. The source is not changed. Needs an Admin. Exit 0 if copied and verified, 1 if the copy"
                + " does not verify, 8 if refused (nothing was written).")
public final class MigrateCommand implements Callable<Integer> {

    private final BackendOpener opener;

    MigrateCommand(BackendOpener opener) {
        this.opener = opener;
    }

    @Mixin
    DatabaseOptions source = new DatabaseOptions();

    @Mixin
    ActingUser acting = new ActingUser();

    @Option(
            names = "--to",
            required = true,
            paramLabel = "postgresql://[USER@]HOST[:PORT]/DB",
            description = "The empty PostgreSQL database to copy into (user default: stockroom).")
    String to;

    @Option(
            names = "--to-password-file",
            paramLabel = "FILE",
            description = "File holding the PostgreSQL user's password (default: $"
                    + DatabaseOptions.DATABASE_PASSWORD_VARIABLE + ").")
    Path toPasswordFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DatabaseTarget from = source.target();
        DatabaseTarget into = PostgresAddress.parse(
                to,
                () -> DatabaseOptions.password(
                        toPasswordFile, System.getenv(), DatabaseOptions.DATABASE_PASSWORD_VARIABLE, "database"));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Backend site = opener.open(from)) {
            site.users().require(acting.signIn(site, err), Permission.MANAGE_SETTINGS);
            try (Backend target = opener.open(into)) {
                err.printf("Copying %s into %s%n", from.describe(), into.describe());
                SiteMove.Outcome outcome = new SiteMove(site.database(), target.database())
                        .move((table, rows, of) -> err.printf("  %s: %,d of %,d rows%n", table, rows, of), () -> {});
                if (outcome instanceof SiteMove.Refused refused) {
                    err.println("stockroom: not migrated: " + refused.why());
                    return ExitCodes.MIGRATION_REFUSED;
                }
                return report(out, (SiteMove.Moved) outcome, into);
            }
        }
    }

    private static int report(PrintWriter out, SiteMove.Moved moved, DatabaseTarget into) {
        long rows = moved.tables().stream().mapToLong(TableFingerprint::rows).sum();
        out.printf(
                "Copied %d tables, %,d rows, into %s; each table's fingerprint matches the source's:%n",
                moved.tables().size(), rows, into.describe());
        for (TableFingerprint table : moved.tables()) {
            out.printf("  %-22s %,12d rows  %s%n", table.table(), table.rows(), table.shortDigest());
        }
        if (!moved.verified()) {
            out.printf(
                    "FAILED: after the commit, %s: tables %s, ledger %d mismatch(es), audit trail %d mismatch(es)."
                            + " Run 'stockroom verify --database ...' there; the source is unchanged.%n",
                    into.describe(),
                    moved.tablesMatchAfterCommit() ? "match" : "differ",
                    moved.ledger().mismatches().size(),
                    moved.audit().mismatches().size());
            return ExitCodes.LEDGER_MISMATCH;
        }
        out.printf(
                "OK: %s verifies: %,d stock levels and %,d movements, every on hand equals the sum of its movements;"
                        + " %,d audited rows match the audit trail.%n",
                into.describe(),
                moved.ledger().stockLevels(),
                moved.ledger().movements(),
                moved.audit().audited());
        out.println("Next: point every workstation at the new database (Connection page, or --database); the old"
                + " database stays as it was and is no longer this site's.");
        return ExitCodes.OK;
    }
}
