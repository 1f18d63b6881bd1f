package org.stockroom.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One audited transaction: when, who and from which workstation. Envers creates it; the service that changes an
 * audited entity names who acts ({@code RevisionStamp}). A sequence, not an identity column: the row is written at
 * flush, after the stamp, so {@code user_name} can be required and a change nobody stamped fails instead of
 * being recorded as anonymous.
 */
@Entity
@RevisionEntity
@Table(name = "audit_revision")
public class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_revision_seq")
    @SequenceGenerator(name = "audit_revision_seq", sequenceName = "audit_revision_seq", allocationSize = 1)
    @RevisionNumber
    private long id;

    /** Milliseconds since the epoch (Envers sets it). */
    @RevisionTimestamp
    @Column(name = "occurred_at", nullable = false)
    private long occurredAt;

    @Column(name = "user_name", nullable = false, length = 100)
    private String userName;

    @Column(length = 100)
    private String workstation;

    public long getId() {
        return id;
    }

    public long getOccurredAt() {
        return occurredAt;
    }

    public String getUserName() {
        return userName;
    }

    public String getWorkstation() {
        return workstation;
    }

    public void stamp(String userName, String workstation) {
        this.userName = userName;
        this.workstation = workstation;
    }
}
