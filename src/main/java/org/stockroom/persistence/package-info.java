/**
 * The database: opening and migrating it, the write gate and sync point every write goes through, SQL helpers and
 * errors.
 */
package org.stockroom.persistence;
