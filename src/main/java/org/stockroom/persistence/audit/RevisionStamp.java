package org.stockroom.persistence.audit;

import org.hibernate.Session;
import org.hibernate.envers.AuditReaderFactory;
import org.stockroom.domain.audit.AuditRevision;

/**
 * Names who acts on the audit revision of the running transaction. Every service method that changes an audited
 * entity calls it inside its transaction; a change without it fails at commit (the revision's user is required).
 */
public final class RevisionStamp {

    private RevisionStamp() {}

    /**
     * Not persisted here ({@code false}): Envers writes the revision at flush only if an audited entity changed,
     * by which time it carries the name (persisting now would check the required name before it is set).
     */
    public static void stamp(Session session, String userName, String workstation) {
        AuditReaderFactory.get(session)
                .getCurrentRevision(AuditRevision.class, false)
                .stamp(userName, workstation);
    }
}
