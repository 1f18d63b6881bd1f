package org.stockroom.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockroom.cli.WindowCommand;
import org.stockroom.persistence.ConnectionSettings;
import org.stockroom.persistence.DataDirectory;
import org.stockroom.persistence.DatabaseTarget;
import org.stockroom.service.settings.ConnectionChoices;

class ConnectionViewModelTest {

    @TempDir
    Path folder;

    @Test
    void aSavedServerIsWhatTheWindowOpensNextTime() throws Exception {
        ConnectionSettings settings = new ConnectionSettings(folder.resolve("settings.properties"));
        Path passwordFile = Files.writeString(folder.resolve("pw"), "secret\n");
        ConnectionViewModel page = new ConnectionViewModel(new ConnectionChoices(settings), "here");
        page.useServerProperty().set(true);
        page.serverProperty().set("stock-pc:9092");
        page.passwordFileProperty().set(passwordFile.toString());

        page.save();

        assertThat(page.messageProperty().get()).startsWith("Saved");
        // An empty environment: the test must not depend on STOCKROOM_DATA_DIR or the password variable here.
        DatabaseTarget target = WindowCommand.windowOptions(settings, Map.of()).database();
        assertThat(target).isEqualTo(new DatabaseTarget.Remote("stock-pc", 9092, "secret"));
        assertThat(WindowCommand.windowOptions(settings, Map.of(DataDirectory.ENV_VARIABLE, "/elsewhere"))
                        .database())
                .as("a data folder chosen in the environment wins over the saved server")
                .isEqualTo(new DatabaseTarget.Local(Path.of("/elsewhere")));
        assertThat(WindowCommand.windowOptions(settings, Map.of(), "--data-dir", folder.toString())
                        .database())
                .as("the command line wins")
                .isInstanceOf(DatabaseTarget.Local.class);
    }

    @Test
    void aBadAddressOrUnreadablePasswordFileSavesNothing() {
        ConnectionSettings settings = new ConnectionSettings(folder.resolve("settings.properties"));
        ConnectionViewModel page = new ConnectionViewModel(new ConnectionChoices(settings), "here");
        page.useServerProperty().set(true);
        page.serverProperty().set("stock-pc");
        page.passwordFileProperty().set(folder.resolve("missing").toString());

        page.save();

        assertThat(page.errors()).containsKeys(ConnectionViewModel.SERVER, ConnectionViewModel.PASSWORD_FILE);
        assertThat(page.errors().get(ConnectionViewModel.SERVER))
                .as("in the window's words, not the command line's")
                .isEqualTo("The server address must be HOST:PORT, not 'stock-pc'");
        assertThat(page.messageProperty().get()).startsWith("Not saved");
        assertThat(settings.file()).doesNotExist();
    }

    @Test
    void aSavedPostgresDatabaseIsWhatTheWindowOpensNextTimeWithItsPasswordFromTheFile() throws Exception {
        ConnectionSettings settings = new ConnectionSettings(folder.resolve("settings.properties"));
        Path passwordFile = Files.writeString(folder.resolve("pw"), "db-secret\n");
        ConnectionViewModel page = new ConnectionViewModel(new ConnectionChoices(settings), "here");
        page.usePostgresProperty().set(true);
        page.databaseProperty().set("postgresql://clerk@db-host:6543/stock");
        page.passwordFileProperty().set(passwordFile.toString());

        page.save();

        assertThat(page.messageProperty().get()).startsWith("Saved").contains("postgresql://clerk@db-host:6543/stock");
        assertThat(Files.readString(settings.file())).doesNotContain("db-secret");
        DatabaseTarget target = WindowCommand.windowOptions(settings, Map.of()).database();
        assertThat(target)
                .isEqualTo(new DatabaseTarget.Postgres("jdbc:postgresql://db-host:6543/stock", "clerk", "db-secret"));
        ConnectionViewModel reopened = new ConnectionViewModel(new ConnectionChoices(settings), "here");
        assertThat(reopened.usePostgresProperty().get()).isTrue();
        assertThat(reopened.useServerProperty().get()).isFalse();
        assertThat(reopened.databaseProperty().get()).isEqualTo("postgresql://clerk@db-host:6543/stock");
    }

    @Test
    void aPostgresAddressWithAPasswordInItSavesNothingAndDoesNotEchoIt() {
        ConnectionSettings settings = new ConnectionSettings(folder.resolve("settings.properties"));
        ConnectionViewModel page = new ConnectionViewModel(new ConnectionChoices(settings), "here");
        page.usePostgresProperty().set(true);
        page.databaseProperty().set("postgresql://clerk:hunter2@db-host/stock");

        page.save();

        assertThat(page.errors().get(ConnectionViewModel.DATABASE))
                .startsWith("The address '")
                .contains("a password does not belong in the address")
                .doesNotContain("hunter2");
        assertThat(settings.file()).doesNotExist();
    }
}
