/** {@code stockroom migrate}: a site's data moved into an empty PostgreSQL database. */
package org.stockroom.cli.sitemove;
