/** {@code stockroom reason-code list|add|disable}: the site's reason codes from the command line. */
package org.stockroom.cli.reason;
