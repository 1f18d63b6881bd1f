package org.stockroom.domain.ledger;

/** Why stock moved. The sign of a movement's quantity says which way. */
public enum MovementType {
    RECEIVE("Receive"),
    ISSUE("Issue"),
    ADJUST("Adjust"),
    COUNT("Count"),
    TRANSFER_OUT("Transfer out"),
    TRANSFER_IN("Transfer in"),
    /** Takes back (part of) an earlier command; its quantity is the opposite of what it reverses. */
    REVERSE("Reversal");

    private final String label;

    MovementType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
