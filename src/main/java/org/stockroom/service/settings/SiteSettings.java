package org.stockroom.service.settings;

import jakarta.persistence.LockModeType;
import java.time.Duration;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.access.Permission;
import org.stockroom.domain.settings.SiteSetting;
import org.stockroom.persistence.Transactions;
import org.stockroom.persistence.audit.RevisionStamp;
import org.stockroom.service.Actor;
import org.stockroom.service.ValidationException;
import org.stockroom.service.access.AccessCheck;

/**
 * Settings every workstation of the site shares, kept in the database; changing one needs
 * {@link Permission#MANAGE_SETTINGS} and is audited.
 */
public final class SiteSettings {

    static final String IDLE_LOCK = "idle_lock_minutes";
    /** The default: a shared PC left alone for five minutes returns to the sign-in screen. */
    public static final int DEFAULT_IDLE_LOCK_MINUTES = 5;

    static final int LONGEST_IDLE_LOCK_MINUTES = 240;

    private final Transactions transactions;

    public SiteSettings(Transactions transactions) {
        this.transactions = transactions;
    }

    /** After how long without a key or a click the window locks; zero means never. */
    public Duration idleLock() {
        return Duration.ofMinutes(transactions.read(session -> {
            SiteSetting setting = session.find(SiteSetting.class, IDLE_LOCK);
            return setting == null ? DEFAULT_IDLE_LOCK_MINUTES : Integer.parseInt(setting.getValue());
        }));
    }

    public Duration changeIdleLock(Actor by, int minutes) {
        if (minutes < 0 || minutes > LONGEST_IDLE_LOCK_MINUTES) {
            throw new ValidationException(new FieldError(
                    "idleLock", "The idle lock is 0 (never) to " + LONGEST_IDLE_LOCK_MINUTES + " minutes"));
        }
        transactions.inTransaction(session -> {
            AccessCheck.requireOrRefuse(session, by, Permission.MANAGE_SETTINGS);
            SiteSetting setting = session.find(SiteSetting.class, IDLE_LOCK, LockModeType.PESSIMISTIC_WRITE);
            if (setting != null && setting.getValue().equals(Integer.toString(minutes))) {
                return null; // no change, no revision
            }
            RevisionStamp.stamp(session, by.name(), by.workstation());
            if (setting == null) {
                session.persist(new SiteSetting(IDLE_LOCK, Integer.toString(minutes)));
            } else {
                setting.change(Integer.toString(minutes));
            }
            return null;
        });
        return Duration.ofMinutes(minutes);
    }
}
