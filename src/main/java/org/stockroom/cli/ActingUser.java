package org.stockroom.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.NotAllowedException;
import org.stockroom.service.WorkstationName;
import org.stockroom.service.access.UserService;
import picocli.CommandLine.Option;

/**
 * Who acts, proven: {@code --user NAME} with the password from {@code $STOCKROOM_PASSWORD} or
 * {@code --user-password-file F} (not {@code --password-file}, which is the server's database password), or without
 * {@code --user} a script token from {@code $STOCKROOM_TOKEN}. Only on a database with users; on one without, the
 * name is taken as given, as before users existed. The workstation is {@link WorkstationName}'s.
 */
public final class ActingUser {

    public static final String PASSWORD_VARIABLE = "STOCKROOM_PASSWORD";

    public static final String TOKEN_VARIABLE = "STOCKROOM_TOKEN";

    public static final String NO_USERS_NOTICE = "stockroom: note: this database has no users yet, so anyone may do"
            + " anything and --user is only a name on the movements (add the first with 'stockroom user add NAME"
            + " --role admin --new-password-file FILE')";

    @Option(names = "--user", paramLabel = "NAME", description = "Who acts (default: the operating-system user).")
    String user;

    @Option(
            names = "--user-password-file",
            paramLabel = "FILE",
            description = "File holding --user's password (default: $" + PASSWORD_VARIABLE + ").")
    Path passwordFile;

    /** The process environment; a test gives its own. */
    Map<String, String> environment = System.getenv();

    /**
     * The signed-in actor; a command without valid credentials on a database with users is refused. On a database
     * without users, the name as given, and (with {@code notice} not null) a line there saying so.
     */
    public Actor signIn(Backend backend, PrintWriter notice) {
        UserService users = backend.users();
        String workstation = WorkstationName.from(environment);
        if (!users.hasUsers()) {
            if (notice != null) {
                notice.println(NO_USERS_NOTICE);
                notice.flush();
            }
            return Actor.at(unproven(), workstation);
        }
        if (user == null || user.isBlank()) {
            String token = environment.get(TOKEN_VARIABLE);
            if (token != null && !token.isBlank()) {
                return Actor.at(backend.tokens().signIn(token).name(), workstation);
            }
            throw new NotAllowedException("This database has users: say who acts with --user NAME and the password in $"
                    + PASSWORD_VARIABLE + " or --user-password-file FILE, or give a token in $" + TOKEN_VARIABLE
                    + ".");
        }
        return Actor.at(users.signIn(user, password(), false, workstation).name(), workstation);
    }

    /** The workstation this command acts from, for commands that sign nobody in (the first administrator). */
    public String workstation() {
        return WorkstationName.from(environment);
    }

    /** {@code --user} as given, or when it is not given the operating-system account: for a database without users. */
    private String unproven() {
        return user != null && !user.isBlank() ? user.strip() : System.getProperty("user.name", "unknown");
    }

    private String password() {
        if (passwordFile != null) {
            return PasswordFile.read(passwordFile);
        }
        String fromEnvironment = environment.get(PASSWORD_VARIABLE);
        if (fromEnvironment == null || fromEnvironment.isEmpty()) {
            throw new NotAllowedException("No password for " + user.strip() + ": set $" + PASSWORD_VARIABLE
                    + " or give --user-password-file FILE.");
        }
        return fromEnvironment;
    }
}
