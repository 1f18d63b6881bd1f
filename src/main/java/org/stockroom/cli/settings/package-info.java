/** {@code stockroom settings show|set}: the site's settings from the command line. */
package org.stockroom.cli.settings;
