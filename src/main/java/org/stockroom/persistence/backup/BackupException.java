package org.stockroom.persistence.backup;

/** A backup or restore that could not be done; the message says what and where. */
public class BackupException extends RuntimeException {

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
