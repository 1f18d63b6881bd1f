package org.stockroom.service.stock;

import org.stockroom.service.Actor;

/**
 * Takes back the command recorded under {@code originalKey}. {@code idempotencyKey} is the reversal's own key;
 * {@code reason} a REVERSE reason code, {@code note} free text.
 */
public record ReverseCommand(String idempotencyKey, Actor actor, String originalKey, String reason, String note) {}
