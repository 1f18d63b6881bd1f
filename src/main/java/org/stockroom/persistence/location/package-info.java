/** Locations, read once and cached. */
package org.stockroom.persistence.location;
