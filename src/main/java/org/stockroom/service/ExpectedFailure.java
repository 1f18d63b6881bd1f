package org.stockroom.service;

/**
 * A failure the service layer expects and explains: invalid input, something not found, not enough stock, a
 * conflict with what someone else saved, a reservation already closed. A command that fails this way has
 * written nothing; its transaction is ended with COMMIT rather than ROLLBACK (see persistence/Transactions).
 */
public abstract class ExpectedFailure extends RuntimeException {

    protected ExpectedFailure(String message) {
        super(message);
    }
}
