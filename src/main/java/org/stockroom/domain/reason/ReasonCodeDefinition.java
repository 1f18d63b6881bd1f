package org.stockroom.domain.reason;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * One reason code a movement of a kind may record ("DAMAGED" for an adjustment). Audited: adding, relabelling or
 * disabling a code shows on the Audit page with who did it. Never deleted; movements keep the code they recorded.
 */
@Entity
@Audited
@Table(name = "reason_code")
public class ReasonCodeDefinition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    /** The movement kind the code is for: ADJUST, COUNT or REVERSE. */
    @Column(name = "applies_to", nullable = false, length = 20)
    private String appliesTo;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(nullable = false)
    private boolean active;

    @Version
    @Column(nullable = false)
    private long version;

    protected ReasonCodeDefinition() {
        // for Hibernate
    }

    public ReasonCodeDefinition(String code, String appliesTo, String label) {
        this.code = code;
        this.appliesTo = appliesTo;
        this.label = label;
        this.active = true;
    }

    public String getCode() {
        return code;
    }

    public String getLabel() {
        return label;
    }

    public boolean isActive() {
        return active;
    }

    /** Offers the code again, under {@code newLabel}. */
    public void activate(String newLabel) {
        this.label = newLabel;
        this.active = true;
    }

    public void disable() {
        this.active = false;
    }
}
