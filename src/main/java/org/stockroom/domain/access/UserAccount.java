package org.stockroom.domain.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A person who signs in. Holds only hashes of their secrets. Repeated wrong secrets lock the account for a
 * delay that doubles with each further failure ({@link #lockAfterFailure}); an administrator can unlock it.
 */
@Entity
@Audited
@Table(name = "app_user")
public class UserAccount {

    /** Failures allowed before the first lock. */
    public static final int FREE_FAILURES = 3;

    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @NotAudited
    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @NotAudited
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @NotAudited
    @Column(name = "pin_hash")
    private String pinHash;

    @Column(nullable = false)
    private boolean active;

    @NotAudited
    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @NotAudited
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** A SHA-256 of the badge's code, so the scanned code finds its user; the code itself is not kept. */
    @NotAudited
    @Column(name = "badge_key")
    private String badgeKey;

    /** When a password, PIN or badge was last set: the audit trail records this instead of any secret. */
    @Column(name = "credentials_changed_at")
    private Instant credentialsChangedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected UserAccount() {
        // for Hibernate
    }

    public UserAccount(String name, Role role, String passwordHash, Instant createdAt) {
        this.name = name;
        this.nameKey = keyOf(name);
        this.role = role;
        this.passwordHash = passwordHash;
        this.active = true;
        this.createdAt = createdAt;
    }

    /** One user per name whatever its case: "Tom" and "tom" are the same person at a sign-in prompt. */
    public static String keyOf(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Role getRole() {
        return role;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getPinHash() {
        return pinHash;
    }

    public boolean isActive() {
        return active;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** A wrong secret: after {@link #FREE_FAILURES}, locked for 30 s, then 60 s, 120 s, ... up to 15 minutes. */
    public void lockAfterFailure(Instant now) {
        failedSignIns++;
        int over = failedSignIns - FREE_FAILURES;
        if (over > 0) {
            Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(over - 1, 20));
            lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
        }
    }

    public void signedIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    public void unlock() {
        signedIn();
    }

    public void changePassword(String hash, Instant at) {
        this.passwordHash = hash;
        this.credentialsChangedAt = at;
    }

    public void changePin(String hash, Instant at) {
        this.pinHash = hash;
        this.credentialsChangedAt = at;
    }

    /** {@code key}: the badge code's SHA-256, or null to take the badge away. */
    public void changeBadge(String key, Instant at) {
        this.badgeKey = key;
        this.credentialsChangedAt = at;
    }

    public String getBadgeKey() {
        return badgeKey;
    }

    public Instant getCredentialsChangedAt() {
        return credentialsChangedAt;
    }

    public void changeRole(Role role) {
        this.role = role;
    }

    public void disable() {
        this.active = false;
    }

    public void enable() {
        this.active = true;
    }
}
