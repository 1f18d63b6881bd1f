/** Locations (where stock is kept) and the rules for their codes and names. */
package org.stockroom.domain.location;
