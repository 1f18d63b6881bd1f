package org.stockroom.service.settings;

import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.Session;
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

    static final String COUNT_MAX_UNITS = "count_max_units";
    static final String COUNT_MAX_PERCENT = "count_max_percent";
    static final String COUNT_MAX_VALUE = "count_max_value";
    static final String COUNT_RECOUNT_BY_ANOTHER = "count_recount_by_another";

    static final String OWN_REVERSAL_MINUTES = "own_reversal_minutes";
    /** How long a clerk may take back their own last command without a supervisor. */
    public static final int DEFAULT_OWN_REVERSAL_MINUTES = 15;

    private final Transactions transactions;

    public SiteSettings(Transactions transactions) {
        this.transactions = transactions;
    }

    /** After how long without a key or a click the window locks; zero means never. */
    public Duration idleLock() {
        return Duration.ofMinutes(transactions.read(session -> {
            String minutes = value(session, IDLE_LOCK);
            return minutes == null ? DEFAULT_IDLE_LOCK_MINUTES : Integer.parseInt(minutes);
        }));
    }

    public Duration changeIdleLock(Actor by, int minutes) {
        if (minutes < 0 || minutes > LONGEST_IDLE_LOCK_MINUTES) {
            throw new ValidationException(new FieldError(
                    "idleLock", "The idle lock is 0 (never) to " + LONGEST_IDLE_LOCK_MINUTES + " minutes"));
        }
        change(by, Map.of(IDLE_LOCK, Integer.toString(minutes)));
        return Duration.ofMinutes(minutes);
    }

    /** The count sessions' variance thresholds (all off until set). */
    public CountRules countRules() {
        return transactions.read(session -> new CountRules(
                value(session, COUNT_MAX_UNITS) == null ? null : Long.valueOf(value(session, COUNT_MAX_UNITS)),
                decimal(value(session, COUNT_MAX_PERCENT)),
                decimal(value(session, COUNT_MAX_VALUE)),
                Boolean.parseBoolean(value(session, COUNT_RECOUNT_BY_ANOTHER))));
    }

    public CountRules changeCountRules(Actor by, CountRules rules) {
        if ((rules.maxUnits() != null && rules.maxUnits() < 0)
                || (rules.maxPercent() != null && rules.maxPercent().signum() < 0)
                || (rules.maxValue() != null && rules.maxValue().signum() < 0)) {
            throw new ValidationException(new FieldError("countRules", "A variance threshold cannot be negative"));
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put(
                COUNT_MAX_UNITS,
                rules.maxUnits() == null ? null : rules.maxUnits().toString());
        values.put(
                COUNT_MAX_PERCENT,
                rules.maxPercent() == null ? null : rules.maxPercent().toPlainString());
        values.put(
                COUNT_MAX_VALUE,
                rules.maxValue() == null ? null : rules.maxValue().toPlainString());
        values.put(COUNT_RECOUNT_BY_ANOTHER, Boolean.toString(rules.recountByAnother()));
        change(by, values);
        return rules;
    }

    /** How long after a command its own user may reverse it without the Supervisor role. */
    public Duration ownReversalWindow() {
        return Duration.ofMinutes(transactions.read(session -> {
            String minutes = value(session, OWN_REVERSAL_MINUTES);
            return minutes == null ? DEFAULT_OWN_REVERSAL_MINUTES : Integer.parseInt(minutes);
        }));
    }

    public Duration changeOwnReversalWindow(Actor by, int minutes) {
        if (minutes < 0 || minutes > 24 * 60) {
            throw new ValidationException(
                    new FieldError("ownReversal", "Taking back one's own command is allowed for 0 to 1440 minutes"));
        }
        change(by, Map.of(OWN_REVERSAL_MINUTES, Integer.toString(minutes)));
        return Duration.ofMinutes(minutes);
    }

    private static String value(Session session, String name) {
        SiteSetting setting = session.find(SiteSetting.class, name);
        return setting == null || setting.getValue().isEmpty() ? null : setting.getValue();
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    /**
     * Sets each named setting to its value (null: the setting is off, stored as an empty text), in one audited
     * transaction; one that changes nothing records no revision.
     */
    private void change(Actor by, Map<String, String> values) {
        transactions.inTransaction(session -> {
            AccessCheck.requireOrRefuse(session, by, Permission.MANAGE_SETTINGS);
            boolean stamped = false;
            for (Map.Entry<String, String> e : values.entrySet()) {
                String text = e.getValue() == null ? "" : e.getValue();
                SiteSetting setting = session.find(SiteSetting.class, e.getKey(), LockModeType.PESSIMISTIC_WRITE);
                if (setting != null ? setting.getValue().equals(text) : text.isEmpty()) {
                    continue;
                }
                if (!stamped) {
                    RevisionStamp.stamp(session, by.name(), by.workstation());
                    stamped = true;
                }
                if (setting == null) {
                    session.persist(new SiteSetting(e.getKey(), text));
                } else {
                    setting.change(text);
                }
            }
            return null;
        });
    }
}
