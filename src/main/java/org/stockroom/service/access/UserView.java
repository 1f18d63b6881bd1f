package org.stockroom.service.access;

import java.time.Instant;
import org.stockroom.domain.access.Role;

/** A user as lists show them: never a hash. */
public record UserView(
        long id, String name, Role role, boolean active, boolean hasPin, boolean hasBadge, Instant lockedUntil) {}
