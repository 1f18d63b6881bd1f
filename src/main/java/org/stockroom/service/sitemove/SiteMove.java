package org.stockroom.service.sitemove;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.stockroom.persistence.Database;
import org.stockroom.persistence.sitemove.CopyMismatchException;
import org.stockroom.persistence.sitemove.SiteCopy;
import org.stockroom.persistence.sitemove.TableFingerprint;
import org.stockroom.service.audit.AuditVerifier;
import org.stockroom.service.ledger.LedgerVerifier;

/**
 * Moves everything a site holds from one database into an empty one: the source must verify first; the copy runs
 * under the source's write gate (no workstation saves meanwhile) and commits only if every table's fingerprint
 * matches; the target's ledger and audit trail are verified afterwards and its fingerprints taken again.
 */
public final class SiteMove {

    /** What came of it. */
    public sealed interface Outcome permits Moved, Refused {}

    /** Copied and committed. {@code verified}: the target's ledger and audit verify and its tables match. */
    public record Moved(
            List<TableFingerprint> tables,
            boolean tablesMatchAfterCommit,
            LedgerVerifier.VerificationReport ledger,
            AuditVerifier.Report audit)
            implements Outcome {
        public boolean verified() {
            return tablesMatchAfterCommit && ledger.consistent() && audit.consistent();
        }
    }

    /** Nothing was written to the target; {@code why} says what to do. */
    public record Refused(String why) implements Outcome {}

    private final Database source;
    private final Database target;

    public SiteMove(Database source, Database target) {
        this.source = source;
        this.target = target;
    }

    /** Moves the site, saying how far each table has got; {@code beforeComparing} runs after the copy (tests). */
    public Outcome move(SiteCopy.Progress progress, Runnable beforeComparing) {
        LedgerVerifier.VerificationReport before = new LedgerVerifier(source.dataSource()).verify();
        if (!before.consistent()) {
            return new Refused(source.target().describe() + " does not verify ("
                    + before.mismatches().size()
                    + " stock levels differ from their movements): run 'stockroom verify' and mend it first");
        }
        SiteCopy copy = new SiteCopy(source.dataSource(), source.target().dialect(), target.dataSource());
        Map<String, Long> own = copy.targetsOwnRows();
        if (!own.isEmpty()) {
            return new Refused(target.target().describe() + " already holds data ("
                    + own.entrySet().stream()
                            .map(e -> String.format("%,d rows in %s", e.getValue(), e.getKey()))
                            .collect(Collectors.joining(", "))
                    + "); migrate copies only into an empty database, so nothing was changed");
        }
        List<TableFingerprint> copied;
        try {
            copied = source.transactions().exclusive(() -> copy.copy(progress, beforeComparing));
        } catch (CopyMismatchException e) {
            return new Refused("The copy did not match the source in "
                    + e.differences().stream()
                            .map(d -> d.source().table() + " (" + d.source().rows() + " rows there, "
                                    + d.copy().rows() + " copied)")
                            .collect(Collectors.joining(", "))
                    + ", so nothing was committed to " + target.target().describe()
                    + ". Was it written to meanwhile? Stop every workstation and run migrate again");
        }
        return new Moved(
                copied,
                SiteCopy.fingerprints(target.dataSource()).equals(copied),
                new LedgerVerifier(target.dataSource()).verify(),
                new AuditVerifier(target.dataSource()).verify());
    }
}
