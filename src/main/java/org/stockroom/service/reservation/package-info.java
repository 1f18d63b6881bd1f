/** Reserving, releasing, fulfilling and expiring reservations. */
package org.stockroom.service.reservation;
