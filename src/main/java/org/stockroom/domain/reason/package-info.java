/** Reason codes as data: what a movement of each kind may record as its reason. */
package org.stockroom.domain.reason;
