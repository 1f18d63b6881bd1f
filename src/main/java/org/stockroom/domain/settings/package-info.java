/** Site-wide settings kept in the database. */
package org.stockroom.domain.settings;
