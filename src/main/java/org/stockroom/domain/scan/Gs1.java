package org.stockroom.domain.scan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads GS1 element strings: {@code 0109506000134352 10ABC<GS>21X} as a scanner sends it (FNC1 as the GS
 * character, or a substitute the scanner settings turn back into GS) and the printed form
 * {@code (01)09506000134352(10)ABC}. The common application identifiers are read into values; any other known one
 * is skipped by its length, and an unknown one ends the reading with the rest kept as {@code unread}.
 */
public final class Gs1 {

    /** The group separator that stands for FNC1 between variable-length fields. */
    public static final char GS = '\u001D';

    private record Field(int length, boolean variable) {
        static Field fixed(int length) {
            return new Field(length, false);
        }

        static Field upTo(int length) {
            return new Field(length, true);
        }
    }

    private static final Map<String, Field> FIELDS = Map.ofEntries(
            Map.entry("00", Field.fixed(18)),
            Map.entry("01", Field.fixed(14)),
            Map.entry("02", Field.fixed(14)),
            Map.entry("10", Field.upTo(20)),
            Map.entry("11", Field.fixed(6)),
            Map.entry("12", Field.fixed(6)),
            Map.entry("13", Field.fixed(6)),
            Map.entry("15", Field.fixed(6)),
            Map.entry("16", Field.fixed(6)),
            Map.entry("17", Field.fixed(6)),
            Map.entry("20", Field.fixed(2)),
            Map.entry("21", Field.upTo(20)),
            Map.entry("22", Field.upTo(20)),
            Map.entry("30", Field.upTo(8)),
            Map.entry("37", Field.upTo(8)),
            Map.entry("240", Field.upTo(30)),
            Map.entry("241", Field.upTo(30)),
            Map.entry("250", Field.upTo(30)),
            Map.entry("251", Field.upTo(30)),
            Map.entry("400", Field.upTo(30)),
            Map.entry("401", Field.upTo(30)),
            Map.entry("410", Field.fixed(13)),
            Map.entry("414", Field.fixed(13)),
            Map.entry("420", Field.upTo(20)));

    private Gs1() {}

    /**
     * {@code text} read as GS1 if it says so ({@code declared}: the scanner's AIM identifier named a GS1
     * symbology), is in the printed form, or looks like an element string (a valid GTIN after 01, or an SSCC
     * after 00, with more behind it); otherwise a plain code.
     */
    public static ScannedCode read(String text, boolean declared) {
        if (text.startsWith("(")) {
            return readPrinted(text);
        }
        if (declared || looksLikeElementString(text)) {
            return readElements(text);
        }
        return ScannedCode.plain(text);
    }

    private static boolean looksLikeElementString(String text) {
        if (text.indexOf(GS) >= 0) {
            return true;
        }
        return text.length() > 16 && text.startsWith("01") && Gtin.isValid(text.substring(2, 16))
                || text.length() >= 20
                        && text.startsWith("00")
                        && text.substring(2, 20).chars().allMatch(Character::isDigit);
    }

    private static ScannedCode readPrinted(String text) {
        Reading reading = new Reading(text);
        int at = 0;
        while (at < text.length()) {
            int close = text.indexOf(')', at);
            if (text.charAt(at) != '(' || close < 0) {
                reading.unread = text.substring(at);
                reading.problems.add("Cannot read '" + text.substring(at) + "' as (AI)value");
                break;
            }
            String ai = text.substring(at + 1, close);
            int next = text.indexOf('(', close);
            String value = text.substring(close + 1, next < 0 ? text.length() : next);
            reading.take(ai, value);
            at = next < 0 ? text.length() : next;
        }
        return reading.done();
    }

    private static ScannedCode readElements(String text) {
        Reading reading = new Reading(text);
        int at = 0;
        while (at < text.length()) {
            if (text.charAt(at) == GS) {
                at++; // FNC1 in first position, or after a variable field
                continue;
            }
            String ai = null;
            for (int digits = 2; digits <= 4 && at + digits <= text.length(); digits++) {
                if (FIELDS.containsKey(text.substring(at, at + digits))) {
                    ai = text.substring(at, at + digits);
                    break;
                }
            }
            if (ai == null && isWeight(text, at)) {
                ai = text.substring(at, at + 4);
            }
            if (ai == null) {
                reading.unread = text.substring(at);
                reading.problems.add("Unknown application identifier at '" + text.substring(at) + "'");
                break;
            }
            Field field = FIELDS.getOrDefault(ai, Field.fixed(6));
            int start = at + ai.length();
            int end;
            if (field.variable()) {
                int gs = text.indexOf(GS, start);
                end = gs < 0 ? text.length() : gs;
                if (end - start > field.length()) {
                    reading.problems.add("(" + ai + ") is " + (end - start) + " characters, more than the "
                            + field.length() + " GS1 allows: the scanner may be dropping the GS separator");
                }
            } else {
                end = Math.min(text.length(), start + field.length());
                if (end - start < field.length()) {
                    reading.problems.add(
                            "(" + ai + ") needs " + field.length() + " characters, found " + (end - start));
                }
            }
            reading.take(ai, text.substring(start, end));
            at = end;
        }
        return reading.done();
    }

    /** 310n-369n: measures, 4-digit identifiers with 6 digits of data. */
    private static boolean isWeight(String text, int at) {
        if (at + 4 > text.length()) {
            return false;
        }
        String four = text.substring(at, at + 4);
        return four.chars().allMatch(Character::isDigit)
                && Integer.parseInt(four.substring(0, 2)) >= 31
                && Integer.parseInt(four.substring(0, 2)) <= 36;
    }

    /** The values read so far. */
    private static final class Reading {
        final String text;
        String gtin;
        String lot;
        LocalDate expiry;
        String serial;
        Long count;
        String sscc;
        String unread;
        final List<String> problems = new ArrayList<>();

        Reading(String text) {
            this.text = text;
        }

        void take(String ai, String value) {
            switch (ai) {
                case "01", "02" -> {
                    gtin = value;
                    if (!Gtin.isValid(value)) {
                        problems.add("(" + ai + ") " + value + " is not a valid GTIN (check digit)");
                    }
                }
                case "10" -> lot = value;
                case "17" -> expiry = date(ai, value);
                case "21" -> serial = value;
                case "30", "37" -> count = number(ai, value);
                case "00" -> sscc = value;
                default -> {
                    // read past: Stockroom has no place for it yet
                }
            }
        }

        private LocalDate date(String ai, String value) {
            try {
                int year = 2000 + Integer.parseInt(value.substring(0, 2));
                int month = Integer.parseInt(value.substring(2, 4));
                int day = Integer.parseInt(value.substring(4, 6));
                // GS1: day 00 means the last day of the month
                return day == 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, month, day);
            } catch (NumberFormatException | StringIndexOutOfBoundsException | DateTimeException e) {
                problems.add("(" + ai + ") " + value + " is not a date YYMMDD");
                return null;
            }
        }

        private Long number(String ai, String value) {
            try {
                long n = Long.parseLong(value);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            problems.add("(" + ai + ") " + value + " is not a count");
            return null;
        }

        ScannedCode done() {
            return new ScannedCode(text, true, gtin, lot, expiry, serial, count, sscc, unread, problems);
        }
    }
}
