/** {@code stockroom user ...}: users and their roles from the command line, and who acts. */
package org.stockroom.cli.access;
