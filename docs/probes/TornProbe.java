import java.sql.*;
import java.util.*;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Does H2 keep a multi-table transaction whole across SIGKILL while a store (CHECKPOINT SYNC) runs beside a writer?
 * write DB SYNC THREADS: THREADS threads, one transaction at a time (a fair lock), each: insert a key row, update
 *   the level, update the product total, insert a movement; after COMMIT: SYNC=outside -> CHECKPOINT SYNC after
 *   releasing the lock (what Stockroom does), inside -> before releasing it, none -> no sync.
 * kill DB SYNC THREADS ROUNDS [URLSUFFIX]: runs the writer in a child JVM, SIGKILLs it after 0.3-1.5 s, reopens, checks.
 */
public class TornProbe {
    static String url(String db, String suffix) { return "jdbc:h2:file:" + db + ";LOCK_TIMEOUT=10000" + suffix; }

    public static void main(String[] a) throws Exception {
        if (a[0].equals("write")) write(a[1], a[2], Integer.parseInt(a[3]), a.length > 4 ? a[4] : "");
        else kill(a[1], a[2], Integer.parseInt(a[3]), Integer.parseInt(a[4]), a.length > 5 ? a[5] : "");
    }

    static void write(String db, String sync, int threads, String suffix) throws Exception {
        ReentrantLock gate = new ReentrantLock(true);
        try (Connection setup = DriverManager.getConnection(url(db, suffix), "sa", "")) {
            Statement s = setup.createStatement();
            s.execute("CREATE TABLE IF NOT EXISTS cmd(k VARCHAR(40) PRIMARY KEY)");
            s.execute("CREATE TABLE IF NOT EXISTS level(id INT PRIMARY KEY, qty BIGINT, version BIGINT)");
            s.execute("CREATE TABLE IF NOT EXISTS product(id INT PRIMARY KEY, total BIGINT)");
            s.execute("CREATE TABLE IF NOT EXISTS movement(id BIGINT AUTO_INCREMENT PRIMARY KEY, level_id INT, qty INT, k VARCHAR(40))");
            s.execute("CREATE INDEX IF NOT EXISTS movement_level ON movement(level_id)");
            ResultSet r = s.executeQuery("SELECT COUNT(*) FROM product"); r.next();
            if (r.getLong(1) == 0) { s.execute("INSERT INTO product VALUES (1, 0)"); s.execute("INSERT INTO level VALUES (1, 0, 0)"); }
            r = s.executeQuery("SELECT COUNT(*) FROM cmd"); r.next();
            final long base = r.getLong(1);
            Connection syncer = DriverManager.getConnection(url(db, suffix), "sa", "");
            Object syncLock = new Object();
            System.out.println("READY"); System.out.flush();
            for (int t = 0; t < threads; t++) {
                int id = t;
                new Thread(() -> {
                    try (Connection c = DriverManager.getConnection(url(db, suffix), "sa", "")) {
                        c.setAutoCommit(false);
                        PreparedStatement key = c.prepareStatement("INSERT INTO cmd VALUES (?)");
                        PreparedStatement lvl = c.prepareStatement("UPDATE level SET qty = qty + 1, version = version + 1 WHERE id = 1");
                        PreparedStatement prd = c.prepareStatement("UPDATE product SET total = total + 1 WHERE id = 1");
                        PreparedStatement mov = c.prepareStatement("INSERT INTO movement(level_id, qty, k) VALUES (1, 1, ?)");
                        Statement cs = c.createStatement();
                        for (long n = 0; ; n++) {
                            String k = base + "-" + id + "-" + n;
                            gate.lock();
                            try {
                                key.setString(1, k); key.executeUpdate();
                                lvl.executeUpdate();
                                prd.executeUpdate();
                                mov.setString(1, k); mov.executeUpdate();
                                c.commit();
                                if (sync.equals("inside")) { cs.execute("CHECKPOINT SYNC"); c.commit(); }
                            } finally {
                                gate.unlock();
                            }
                            if (sync.equals("outside")) {
                                synchronized (syncLock) { syncer.createStatement().execute("CHECKPOINT SYNC"); }
                            }
                        }
                    } catch (Exception e) {
                        e.printStackTrace();
                        Runtime.getRuntime().halt(3);
                    }
                }).start();
            }
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    static void kill(String db, String sync, int threads, int rounds, String suffix) throws Exception {
        Random random = new Random();
        int torn = 0;
        String cp = System.getProperty("java.class.path");
        for (int round = 1; round <= rounds; round++) {
            Process p = new ProcessBuilder("java", "-cp", cp, "TornProbe", "write", db, sync, String.valueOf(threads), suffix)
                    .redirectErrorStream(true).start();
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()));
            String first = in.readLine();
            if (!"READY".equals(first)) throw new AssertionError("writer: " + first);
            Thread.sleep(300 + random.nextInt(1200));
            p.destroyForcibly().waitFor();
            try (Connection c = DriverManager.getConnection(url(db, suffix), "sa", "")) {
                Statement s = c.createStatement();
                long qty = one(s, "SELECT qty FROM level WHERE id = 1");
                long version = one(s, "SELECT version FROM level WHERE id = 1");
                long total = one(s, "SELECT total FROM product WHERE id = 1");
                long movements = one(s, "SELECT COUNT(*) FROM movement");
                long movementSum = one(s, "SELECT SUM(qty) FROM movement");
                long byIndex = one(s, "SELECT COUNT(*) FROM movement WHERE level_id = 1");
                long keys = one(s, "SELECT COUNT(*) FROM cmd");
                long keysWithMovement = one(s, "SELECT COUNT(*) FROM cmd JOIN movement ON movement.k = cmd.k");
                boolean ok = qty == total && qty == version && qty == movements && qty == movementSum && qty == byIndex
                        && qty == keys && qty == keysWithMovement;
                if (!ok) torn++;
                System.out.printf("round %d: %s level=%d version=%d total=%d movements=%d sum=%d byIndex=%d keys=%d keysWithMovement=%d%n",
                        round, ok ? "whole" : "TORN", qty, version, total, movements, movementSum, byIndex, keys, keysWithMovement);
                if (!ok) {
                    c.close();
                    for (String ext : new String[] {".mv.db", ".trace.db", ".lock.db"}) java.nio.file.Files.deleteIfExists(java.nio.file.Path.of(db + ext));
                    continue; // a fresh database for the next round
                }
                if (false) {
                    // repair so later rounds are judged on their own
                    s.execute("DELETE FROM movement WHERE k NOT IN (SELECT k FROM cmd)");
                    s.execute("DELETE FROM cmd WHERE k NOT IN (SELECT k FROM movement)");
                    long m = one(s, "SELECT COUNT(*) FROM movement");
                    s.execute("UPDATE level SET qty = " + m + ", version = " + m);
                    s.execute("UPDATE product SET total = " + m);
                }
            }
        }
        System.out.printf("sync=%s threads=%d suffix='%s': %d of %d rounds torn%n", sync, threads, suffix, torn, rounds);
    }

    static long one(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) { r.next(); return r.getLong(1); }
    }
}
