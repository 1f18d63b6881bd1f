package org.stockroom.persistence.sitemove;

import java.util.List;

/** The copy's tables did not all match the source's afterwards: nothing was committed to the target. */
public final class CopyMismatchException extends RuntimeException {

    /** One table whose fingerprint differs: as the source holds it now, and as the copy holds it. */
    public record Difference(TableFingerprint source, TableFingerprint copy) {}

    private final transient List<Difference> differences;

    CopyMismatchException(List<Difference> differences) {
        super("The copy differs from the source in " + differences.size() + " table(s)");
        this.differences = List.copyOf(differences);
    }

    public List<Difference> differences() {
        return differences;
    }
}
