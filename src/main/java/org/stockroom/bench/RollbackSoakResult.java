package org.stockroom.bench;

import java.util.List;
import org.stockroom.service.ledger.LedgerMismatch;

/** What a run did, and what it found afterwards. */
public record RollbackSoakResult(
        long receipts,
        long issues,
        long refusedIssues,
        long counts,
        long refusedCounts,
        long versionChecked,
        long refusedVersionChecked,
        long rolledBack,
        long endedBesideAnotherWriter,
        long errors,
        String firstError,
        long expectedOnHand,
        long onHand,
        long duplicateVersions,
        List<LedgerMismatch> mismatches) {

    /** True if a committed change is missing: the balance, the ledger or its versions disagree. */
    public boolean lostUpdates() {
        return onHand != expectedOnHand || duplicateVersions > 0 || !mismatches.isEmpty();
    }

    @Override
    public String toString() {
        return String.format(
                "receipts %d, issues %d (refused %d), counts %d (refused %d), version-checked"
                        + " receipts %d (refused %d), rolled back after a write %d, ended beside another writer %d,"
                        + " errors %d%s; on hand %d, expected %d; movements sharing a version %d; ledger mismatches %d"
                        + " -> %s",
                receipts,
                issues,
                refusedIssues,
                counts,
                refusedCounts,
                versionChecked,
                refusedVersionChecked,
                rolledBack,
                endedBesideAnotherWriter,
                errors,
                firstError == null ? "" : " (first: " + firstError + ")",
                onHand,
                expectedOnHand,
                duplicateVersions,
                mismatches.size(),
                lostUpdates() ? "LOST" : "clean");
    }
}
