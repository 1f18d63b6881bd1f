/** Backup and restore on the command line. */
package org.stockroom.cli.backup;
