package org.stockroom.persistence;

/**
 * Another workstation or thread held the rows this change needed for too long (lock timeout or deadlock).
 * Nothing was saved; trying again is safe.
 */
public class DatabaseBusyException extends RuntimeException {

    public DatabaseBusyException(Throwable cause) {
        super("The stock record is busy: someone else is changing it. Nothing was saved; try again.", cause);
    }
}
