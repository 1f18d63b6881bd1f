/**
 * The SQL of {@code stockroom migrate}: every table of a site's database copied into an empty one (another engine's)
 * in one transaction, and a fingerprint of each table on both sides that does not depend on either engine's types
 * or collation.
 */
package org.stockroom.persistence.sitemove;
