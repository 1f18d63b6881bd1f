/** Command line: locations. */
package org.stockroom.cli.location;
