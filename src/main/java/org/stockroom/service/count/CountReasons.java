package org.stockroom.service.count;

/**
 * The reasons a count posting records: one for the lines that gained stock, one for those that lost some. Either
 * may be null when the session has no line of that sign; a code must fit its sign (FOUND a gain, DAMAGED a loss).
 */
public record CountReasons(String gains, String losses) {

    /** One code for both signs (it must fit both, e.g. DATA_ENTRY or RECOUNT). */
    public static CountReasons both(String code) {
        return new CountReasons(code, code);
    }
}
