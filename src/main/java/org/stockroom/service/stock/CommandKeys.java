package org.stockroom.service.stock;

import java.util.UUID;

/** Idempotency keys for stock commands. */
public final class CommandKeys {

    private CommandKeys() {}

    public static String newKey() {
        return UUID.randomUUID().toString();
    }
}
