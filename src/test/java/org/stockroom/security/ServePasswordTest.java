package org.stockroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.cli.CommandLineRun;
import org.stockroom.cli.ExitCodes;

/** Issue 24: a server password every workstation holds must not be guessable; short ones are refused. */
class ServePasswordTest {

    @TempDir
    Path folder;

    @Test
    void aServerPasswordShorterThanTwelveCharactersIsRefusedBeforeAnythingOpens() throws IOException {
        Path passwordFile = Files.writeString(folder.resolve("password"), "elevenchars");
        CommandLineRun cli = new CommandLineRun();

        int status = cli.run(
                "serve", "--data-dir", folder.resolve("data").toString(), "--password-file", passwordFile.toString());

        assertThat(status).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(cli.err()).contains("at least 12 characters; this one has 11");
        assertThat(folder.resolve("data")).doesNotExist();
    }
}
