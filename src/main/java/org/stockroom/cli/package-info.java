/**
 * The command line (picocli): one class per command group, exit codes, and the factory that hands commands their
 * opener.
 */
package org.stockroom.cli;
