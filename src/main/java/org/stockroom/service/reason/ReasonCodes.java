package org.stockroom.service.reason;

import java.util.List;
import java.util.Locale;
import org.hibernate.SharedSessionContract;
import org.stockroom.domain.FieldError;
import org.stockroom.persistence.Sql;
import org.stockroom.persistence.Transactions;
import org.stockroom.service.ValidationException;

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
     * The code {@code typed} names (its code or its label, in any case), or a {@link ValidationException} on
     * {@code field} listing the codes there are.
     */
    public static String check(SharedSessionContract session, ReasonUse use, String typed, String field) {
        List<ReasonCode> codes = active(session, use);
        String wanted = typed == null ? "" : typed.strip();
        for (ReasonCode code : codes) {
            if (code.code().equalsIgnoreCase(wanted) || code.label().equalsIgnoreCase(wanted)) {
                return code.code();
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
                "SELECT code, label FROM reason_code WHERE applies_to = ? AND active ORDER BY label",
                row -> new ReasonCode(row.getString(1), use, row.getString(2)),
                use.name());
    }
}
