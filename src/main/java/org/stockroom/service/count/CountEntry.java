package org.stockroom.service.count;

import org.stockroom.service.Actor;

/** One counted quantity: a product at a location in a session. Counting the same line again replaces it. */
public record CountEntry(Actor actor, long sessionId, long productId, String locationCode, long quantity) {}
