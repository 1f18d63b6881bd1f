package org.stockroom.persistence;

/** A stock level's numbers as read inside the current transaction. */
public record LevelState(long onHand, long reserved, long version) {

    public long available() {
        return onHand - reserved;
    }
}
