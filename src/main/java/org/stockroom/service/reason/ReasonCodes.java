package org.stockroom.service.reason;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;
import org.hibernate.SharedSessionContract;
import org.stockroom.domain.FieldError;
import org.stockroom.domain.access.Permission;
import org.stockroom.domain.reason.ReasonCodeDefinition;
import org.stockroom.domain.reason.ReasonFit;
import org.stockroom.persistence.Sql;
import org.stockroom.persistence.Transactions;
import org.stockroom.persistence.audit.RevisionStamp;
import org.stockroom.service.Actor;
import org.stockroom.service.NotFoundException;
import org.stockroom.service.ValidationException;
import org.stockroom.service.access.AccessCheck;

/**
 * The site's reason codes, kept as data (table {@code reason_code}, seeded with a realistic list). A command that
 * needs a reason checks it here, in its own transaction, and records the code.
 */
public final class ReasonCodes {

    private final Transactions transactions;

    public ReasonCodes(Transactions transactions) {
        this.transactions = transactions;
    }

    /** The active codes for {@code use}, in label order. */
    public List<ReasonCode> active(ReasonUse use) {
        return transactions.read(session -> active(session, use));
    }

    /**
     * Adds a code (upper-cased; letters, digits and '_') with its label for {@code use}, or makes an existing one
     * active again with the new label. Needs {@link Permission#MANAGE_SETTINGS}.
     */
    public ReasonCode add(Actor by, ReasonUse use, String code, String label) {
        String key = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        String text = label == null ? "" : label.strip();
        List<FieldError> errors = new java.util.ArrayList<>();
        if (!key.matches("[A-Z0-9_]{2,40}")) {
            errors.add(new FieldError("code", "A reason code is 2 to 40 letters, digits or '_', e.g. WATER_DAMAGE"));
        }
        if (text.isEmpty() || text.length() > 100) {
            errors.add(new FieldError("label", "A label is 1 to 100 characters, e.g. 'Water damage'"));
        }
        ValidationException.throwIfAny(errors);
        transactions.inTransaction(session -> {
            AccessCheck.requireOrRefuse(session, by, Permission.MANAGE_SETTINGS);
            ReasonCodeDefinition known = find(session, use, key);
            if (known != null && known.isActive() && known.getLabel().equals(text)) {
                return null; // nothing changes, so no revision
            }
            RevisionStamp.stamp(session, by.name(), by.workstation());
            if (known == null) {
                session.persist(new ReasonCodeDefinition(key, use.name(), text));
            } else {
                known.activate(text);
            }
            return null;
        });
        return new ReasonCode(key, use, text);
    }

    /** Stops offering a code; movements that recorded it keep it. Needs {@link Permission#MANAGE_SETTINGS}. */
    public void disable(Actor by, ReasonUse use, String code) {
        String key = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        transactions.inTransaction(session -> {
            AccessCheck.requireOrRefuse(session, by, Permission.MANAGE_SETTINGS);
            ReasonCodeDefinition known = find(session, use, key);
            if (known == null || !known.isActive()) {
                throw Transactions.refuse(new NotFoundException(
                        "No active reason code " + key + " for " + use.name().toLowerCase(Locale.ROOT)));
            }
            RevisionStamp.stamp(session, by.name(), by.workstation());
            known.disable();
            return null;
        });
    }

    private static ReasonCodeDefinition find(Session session, ReasonUse use, String key) {
        return session.createSelectionQuery(
                        "from ReasonCodeDefinition where code = :code and appliesTo = :use", ReasonCodeDefinition.class)
                .setParameter("code", key)
                .setParameter("use", use.name())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .uniqueResultOptional()
                .orElse(null);
    }

    /**
     * The code {@code typed} names (its code or its label, in any case), or a {@link ValidationException} on
     * {@code field} listing the codes there are.
     */
    public static String check(SharedSessionContract session, ReasonUse use, String typed, String field) {
        return resolve(session, use, typed, field).code();
    }

    /** As {@link #check}, with the code's label and fit. */
    public static ReasonCode resolve(SharedSessionContract session, ReasonUse use, String typed, String field) {
        List<ReasonCode> codes = active(session, use);
        String wanted = typed == null ? "" : typed.strip();
        for (ReasonCode code : codes) {
            if (code.code().equalsIgnoreCase(wanted) || code.label().equalsIgnoreCase(wanted)) {
                return code;
            }
        }
        String list = String.join(", ", codes.stream().map(ReasonCode::code).toList());
        throw new ValidationException(new FieldError(
                field,
                (wanted.isEmpty() ? "A reason is required" : "'" + wanted + "' is not a reason code") + " for "
                        + use.name().toLowerCase(Locale.ROOT) + "; one of: " + list));
    }

    private static List<ReasonCode> active(SharedSessionContract session, ReasonUse use) {
        return Sql.query(
                session,
                "SELECT code, label, fits FROM reason_code WHERE applies_to = ? AND active ORDER BY label",
                row -> new ReasonCode(row.getString(1), use, row.getString(2), ReasonFit.valueOf(row.getString(3))),
                use.name());
    }
}
