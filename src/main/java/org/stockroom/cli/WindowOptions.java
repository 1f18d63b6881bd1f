package org.stockroom.cli;

import java.nio.file.Path;

/** What the command line says to the window: which data folder, and whose name goes on movements. */
public record WindowOptions(Path dataDirectory, String userName) {
}
