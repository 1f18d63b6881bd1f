package org.stockroom.service.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.stockroom.persistence.Migrations;
import org.stockroom.persistence.backup.BackupException;
import org.stockroom.service.ledger.LedgerVerifier;
import org.stockroom.service.ledger.LedgerVerifier.VerificationReport;

/** Reads an unpacked copy of a database: its schema version, counts, ledger checksum and the verifier's result. */
final class CopyInspection {

    record Facts(
            String schemaVersion,
            boolean newerThanThisApp,
            long products,
            long stockLevels,
            long movements,
            String ledgerChecksum,
            VerificationReport report) {}

    private CopyInspection() {}

    static Facts of(DataSource copy) {
        MigrationInfo[] migrations = Migrations.over(copy).info().all();
        boolean newer = Arrays.stream(migrations)
                .anyMatch(m ->
                        m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED);
        String schema = Arrays.stream(migrations)
                .filter(m -> m.getState().isApplied() && m.getVersion() != null)
                .reduce((a, b) -> b)
                .map(m -> m.getVersion().getVersion())
                .orElse("none");
        try (Connection c = copy.getConnection();
                Statement s = c.createStatement()) {
            long products = count(s, "product");
            String checksum = ledgerChecksum(s);
            VerificationReport report = new LedgerVerifier(copy).verify(); // it counts levels and movements
            return new Facts(schema, newer, products, report.stockLevels(), report.movements(), checksum, report);
        } catch (SQLException e) {
            throw new BackupException("The backup's copy cannot be read: " + e.getMessage(), e);
        }
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** SHA-256 over every movement in id order: any changed, lost or added ledger row changes it. */
    private static String ledgerChecksum(Statement s) throws SQLException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (ResultSet rs = s.executeQuery("SELECT id, product_id, location_id, movement_type, quantity,"
                + " on_hand_after, level_version, command_key FROM movement ORDER BY id")) {
            StringBuilder row = new StringBuilder(128);
            while (rs.next()) {
                row.setLength(0);
                for (int i = 1; i <= 8; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                digest.update(row.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
