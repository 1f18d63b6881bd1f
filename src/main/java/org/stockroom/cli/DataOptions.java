package org.stockroom.cli;

import java.nio.file.Path;
import org.stockroom.persistence.DataDirectory;
import picocli.CommandLine.Option;

/** Where the data lives; shared by the window and every subcommand. */
public final class DataOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data folder (default: $" + DataDirectory.ENV_VARIABLE + ", else the per-user data folder).")
    Path dataDir;

    public Path resolve() {
        return DataDirectory.resolve(dataDir);
    }
}
