package org.stockroom.persistence.sitemove;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.HexFormat;

/**
 * Column values as both engines' drivers read and write them, and one text per value that is the same on either
 * side: H2 reads a {@code TINYINT} as an Integer where PostgreSQL's {@code SMALLINT} is a Short, a decimal may come
 * back with another scale, and the drivers return different classes for a time stamp with its zone.
 */
final class PortableValues {

    private PortableValues() {}

    /** The JDBC types of a result's columns, index 0 for column 1: read once per result, not once per value. */
    static int[] types(ResultSet rows) throws SQLException {
        int[] types = new int[rows.getMetaData().getColumnCount()];
        for (int i = 0; i < types.length; i++) {
            types[i] = rows.getMetaData().getColumnType(i + 1);
        }
        return types;
    }

    /**
     * Column {@code column} (from 1, of JDBC type {@code type}) of the current row, in a form {@code setObject} writes
     * on either engine.
     */
    static Object read(ResultSet rows, int column, int type) throws SQLException {
        if (type == Types.TIMESTAMP_WITH_TIMEZONE || type == Types.TIMESTAMP) {
            // H2 reports TIMESTAMP WITH TIME ZONE as its own type, PostgreSQL's driver timestamptz as TIMESTAMP.
            return rows.getObject(column, OffsetDateTime.class);
        }
        return rows.getObject(column);
    }

    /** The value as text that does not depend on the engine; null and the empty text differ. */
    static String canonical(Object value) {
        if (value == null) {
            return "\u0000null";
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof OffsetDateTime at) {
            return at.toInstant().toString();
        }
        if (value instanceof String || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        // A column type this copy has never met: refuse rather than compare texts that may not mean the same.
        throw new IllegalStateException(
                "The site copy cannot compare values of " + value.getClass().getName());
    }
}
