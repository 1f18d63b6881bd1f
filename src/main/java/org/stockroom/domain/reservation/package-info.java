/** Reservations: stock held for an order until it is released, fulfilled or expires. */
package org.stockroom.domain.reservation;
