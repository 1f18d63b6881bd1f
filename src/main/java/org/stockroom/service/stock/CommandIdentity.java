package org.stockroom.service.stock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a command is, as far as its key names it: kind, product, location(s), quantity, reservation, the lines of a
 * list; not its note or reason, which a retry from a form may have tidied. A key that comes again with another
 * identity is refused (issue 24: a reused key had answered "already recorded" for a different command). Products
 * and locations are written as {@code product #ID} and {@code location #ID}, which {@link CommandDescriptions}
 * turns into SKUs and codes for a message.
 */
public record CommandIdentity(String type, String text) {

    /** Stored beside the key: at most this much of the text (the hash covers all of it). */
    public static final int TEXT_STORED = 500;

    public static CommandIdentity delta(String type, long productId, long locationId, long signedQuantity) {
        return new CommandIdentity(
                type, type + " " + product(productId) + " " + signed(signedQuantity) + " at " + location(locationId));
    }

    public static CommandIdentity transfer(long productId, long fromId, long toId, long quantity) {
        return new CommandIdentity(
                "TRANSFER",
                "TRANSFER " + product(productId) + " " + quantity + " from " + location(fromId) + " to "
                        + location(toId));
    }

    public static CommandIdentity count(long productId, long locationId, long counted) {
        return new CommandIdentity(
                "COUNT", "COUNT " + product(productId) + " at " + location(locationId) + " to " + counted);
    }

    /** A list: its lines as merged (one per product, in product order), so the same list typed twice is equal. */
    public static CommandIdentity list(
            ListCommand.Kind kind, long fromId, Long toId, List<ListCommand.Line> mergedLines) {
        String where = toId == null ? "at " + location(fromId) : "from " + location(fromId) + " to " + location(toId);
        String lines = mergedLines.stream()
                .map(l -> product(l.productId()) + " " + l.quantity())
                .collect(Collectors.joining(", "));
        return new CommandIdentity(kind.name(), kind.name() + " list " + where + ": " + lines);
    }

    public static CommandIdentity reserve(long productId, long locationId, long quantity) {
        return new CommandIdentity(
                "RESERVE", "RESERVE " + product(productId) + " " + quantity + " at " + location(locationId));
    }

    public static CommandIdentity closeReservation(String type, long reservationId) {
        return new CommandIdentity(type, type + " reservation " + reservationId);
    }

    public static CommandIdentity reverse(String originalKey) {
        return new CommandIdentity("REVERSE", "REVERSE command " + originalKey);
    }

    /** SHA-256 of the whole text, hex: what is compared. */
    public String hash() {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** The text as stored: cut to {@link #TEXT_STORED} characters. */
    public String storedText() {
        return text.length() <= TEXT_STORED ? text : text.substring(0, TEXT_STORED - 3) + "...";
    }

    static String product(long id) {
        return "product #" + id;
    }

    static String location(long id) {
        return "location #" + id;
    }

    private static String signed(long quantity) {
        return quantity >= 0 ? "+" + quantity : String.valueOf(quantity);
    }
}
