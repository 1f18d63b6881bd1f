package org.stockroom.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    @Test
    void explicitOptionWinsOverEnvironment() {
        Path resolved = DataDirectory.resolve(
                Path.of("/srv/stock"), Map.of(DataDirectory.ENV_VARIABLE, "/other"), "Linux", "/home/anna");
        assertThat(resolved).isEqualTo(Path.of("/srv/stock"));
    }

    @Test
    void environmentVariableWinsOverThePlatformDefault() {
        assertThat(DataDirectory.resolve(
                        null, Map.of(DataDirectory.ENV_VARIABLE, "/data/stockroom"), "Linux", "/home/anna"))
                .isEqualTo(Path.of("/data/stockroom"));
    }

    @Test
    void linuxUsesXdgDataHomeOrItsDefault() {
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/x/data"), "Linux", "/home/anna"))
                .isEqualTo(Path.of("/x/data/stockroom"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", "/home/anna"))
                .isEqualTo(Path.of("/home/anna/.local/share/stockroom"));
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "relative"), "Linux", "/home/anna"))
                .as("a relative XDG_DATA_HOME is ignored, as the spec says")
                .isEqualTo(Path.of("/home/anna/.local/share/stockroom"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", "/Users/anna"))
                .isEqualTo(Path.of("/Users/anna/Library/Application Support/Stockroom"));
    }

    @Test
    void relativeOptionBecomesAbsolute() {
        assertThat(DataDirectory.resolve(Path.of("rel"), Map.of(), "Linux", "/home/anna"))
                .isAbsolute();
    }
}
