package org.stockroom.ui.count;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.stockroom.service.count.CountSessionCsv;
import org.stockroom.service.count.CountSessionService;
import org.stockroom.service.count.CountSessionView;
import org.stockroom.service.count.CountSheet;
import org.stockroom.ui.DialogService;
import org.stockroom.ui.FailureText;
import org.stockroom.ui.TaskExecutor;

/** The Counts page's files: the count sheet to print and the lines as CSV or XLSX, read fresh from the database. */
final class CountExports {

    private final CountSessionService sessions;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<String> say;

    CountExports(CountSessionService sessions, TaskExecutor executor, DialogService dialogs, Consumer<String> say) {
        this.sessions = sessions;
        this.executor = executor;
        this.dialogs = dialogs;
        this.say = say;
    }

    void sheet(CountSessionView chosen) {
        ask(chosen, "Save the count sheet", "pdf")
                .ifPresent(file -> write(
                        "count sheet",
                        file,
                        () -> CountSheet.write(sessions.session(chosen.id()), ZoneId.systemDefault(), file)));
    }

    void lines(CountSessionView chosen) {
        ask(chosen, "Save the count lines", "csv,xlsx")
                .ifPresent(file ->
                        write("count lines", file, () -> CountSessionCsv.write(sessions.session(chosen.id()), file)));
    }

    private java.util.Optional<Path> ask(CountSessionView chosen, String title, String extension) {
        if (chosen == null) {
            say.accept("Choose a session first.");
            return java.util.Optional.empty();
        }
        return dialogs.chooseFile(title, true, extension);
    }

    /** What writes one export file. */
    @FunctionalInterface
    private interface FileWrite {
        void run() throws IOException;
    }

    private void write(String what, Path file, FileWrite write) {
        executor.run(
                () -> {
                    write.run();
                    return file;
                },
                done -> say.accept("The " + what + " saved to " + done + "."),
                error -> say.accept("Could not save the " + what + " to " + file + ": " + FailureText.of(error)));
    }
}
