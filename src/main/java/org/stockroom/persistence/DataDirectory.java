package org.stockroom.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Stockroom keeps its database: an explicit {@code --data-dir}, else {@code STOCKROOM_DATA_DIR}, else the
 * per-user data folder of the operating system. Always an absolute path (H2 needs one).
 */
public final class DataDirectory {

    public static final String ENV_VARIABLE = "STOCKROOM_DATA_DIR";

    private DataDirectory() {}

    public static Path resolve(Path option) {
        return resolve(option, System.getenv());
    }

    /** The same with a given environment instead of the process's. */
    public static Path resolve(Path option, Map<String, String> environment) {
        return resolve(option, environment, System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /** The operating system's per-user data folder for Stockroom, ignoring any override. */
    public static Path userDefault() {
        return platformDefault(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"))
                .toAbsolutePath()
                .normalize();
    }

    static Path resolve(Path option, Map<String, String> env, String osName, String userHome) {
        if (option != null) {
            return option.toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv.strip()).toAbsolutePath().normalize();
        }
        return platformDefault(env, osName, userHome).toAbsolutePath().normalize();
    }

    private static Path platformDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base =
                    appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Stockroom");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Stockroom");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(userHome, ".local", "share");
        return base.resolve("stockroom");
    }
}
