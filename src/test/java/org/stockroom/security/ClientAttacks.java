package org.stockroom.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an attacker holding the server password tries with a plain H2 client: run code, read and write the
 * server's files, link or script other databases, give itself rights. Each statement's outcome is recorded.
 */
final class ClientAttacks {

    /** Statement -> what it would give an attacker. */
    static final Map<String, String> STATEMENTS = new LinkedHashMap<>();

    static {
        STATEMENTS.put(
                "CREATE ALIAS ATTACK_EXEC AS 'String run(String c) throws Exception {"
                        + " return new String(Runtime.getRuntime().exec(c).getInputStream().readAllBytes()); }'",
                "operating-system commands (source alias)");
        STATEMENTS.put("CREATE ALIAS ATTACK_RUNTIME FOR 'java.lang.Runtime.getRuntime'", "any Java class");
        STATEMENTS.put("SELECT FILE_READ('/etc/hostname')", "read any file");
        STATEMENTS.put("SELECT FILE_WRITE('x', '" + tmp("attack-file-write.txt") + "')", "write any file");
        STATEMENTS.put("CALL CSVWRITE('" + tmp("attack-csvwrite.csv") + "', 'SELECT 1')", "write any file");
        STATEMENTS.put("SELECT * FROM CSVREAD('/etc/hostname')", "read any file");
        STATEMENTS.put("CALL LINK_SCHEMA('ATTACK', '', 'jdbc:h2:mem:attack', 'sa', '', 'PUBLIC')", "other databases");
        STATEMENTS.put("CREATE LINKED TABLE ATTACK_LINK('', 'jdbc:h2:mem:attack', 'sa', '', 'T')", "other databases");
        STATEMENTS.put("RUNSCRIPT FROM '" + tmp("attack.sql") + "'", "run a script file");
        STATEMENTS.put("SCRIPT TO '" + tmp("attack-dump.sql") + "'", "dump the database to a file");
        STATEMENTS.put("BACKUP TO '" + tmp("attack-backup.zip") + "'", "copy the database file");
        STATEMENTS.put("CREATE USER ATTACKER PASSWORD 'attacker-password' ADMIN", "an admin of its own");
        STATEMENTS.put("ALTER USER STOCKROOM_CLIENT ADMIN TRUE", "admin rights");
        STATEMENTS.put("GRANT ALL ON SCHEMA PUBLIC TO STOCKROOM_CLIENT", "schema rights");
        STATEMENTS.put("DROP TABLE product", "drop the catalogue");
        STATEMENTS.put("CREATE TABLE attack_table(id INT)", "tables of its own");
        STATEMENTS.put(
                "CREATE TRIGGER ATTACK_TRIGGER BEFORE INSERT ON movement CALL 'org.h2.tools.TriggerAdapter'",
                "code on every write");
        STATEMENTS.put("SET WRITE_DELAY 0", "database settings");
        STATEMENTS.put("SHUTDOWN", "stop the database");
    }

    private ClientAttacks() {}

    private static String tmp(String name) {
        return System.getProperty("java.io.tmpdir").replace('\\', '/') + "/" + name;
    }

    /** Runs every statement on {@code connection}: the ones that were not refused, with what they give. */
    static Map<String, String> allowedOn(Connection connection) {
        Map<String, String> allowed = new LinkedHashMap<>();
        STATEMENTS.forEach((statement, gives) -> {
            if (statement.startsWith("SHUTDOWN")) {
                return; // the control's admin would really stop its database; refused is checked separately
            }
            try (Statement s = connection.createStatement()) {
                s.execute(statement);
                allowed.put(statement, gives);
            } catch (SQLException e) {
                // refused: what the served client must get for every one
            }
        });
        return allowed;
    }
}
