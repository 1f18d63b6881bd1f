/** {@code stockroom count-session ...}: count sessions from the command line, with the window's rules. */
package org.stockroom.cli.count;
