package dev.ticketops;

import dev.ticketops.config.Config;
import dev.ticketops.store.Database;
import dev.ticketops.store.EmbeddedMariaDb;
import java.time.Duration;

/**
 * The database TicketOps runs on: the MariaDB in DB_URL (with DB_USER/DB_PASSWORD), or else the embedded one in
 * DATA_DIR (with the credentials it keeps there). The server {@link #serve}s it, riding out a database that is not
 * there yet; a one-shot command {@link #open}s it and fails when it cannot.
 */
final class DatabaseModule implements AutoCloseable {
    static final Duration RETRY = Duration.ofSeconds(5);

    /** Connects to a database: Database.start for the server, Database.open for a command. */
    private interface Connect {
        Database to(String url, String user, String password, String label);
    }

    private final EmbeddedMariaDb embedded;
    private final Database database;
    private final String label;

    private DatabaseModule(EmbeddedMariaDb embedded, Database database, String label) {
        this.embedded = embedded;
        this.database = database;
        this.label = label;
    }

    /** For the server: a database that cannot be reached yet is connected to (and migrated) when it answers. */
    static DatabaseModule serve(Config config) {
        return connect(config, (url, user, password, label) ->
                Database.start(url, user, password, config.dbPoolSize(), label, RETRY));
    }

    /** For a command: connects and migrates now, or fails. */
    static DatabaseModule open(Config config, int poolSize) {
        return connect(config, (url, user, password, label) -> Database.open(url, user, password, poolSize));
    }

    private static DatabaseModule connect(Config config, Connect connect) {
        if (config.dbUrl().isPresent()) {
            String url = config.dbUrl().get();
            Database database = connect.to(url, config.dbUser(), config.dbPassword(), "DB_URL=" + Config.masked(url));
            return new DatabaseModule(null, database, "MariaDB at " + Config.masked(url));
        }
        EmbeddedMariaDb embedded = EmbeddedMariaDb.start(config.dataDir());
        try {
            String label = "embedded MariaDB (data in " + config.dataDir() + ")";
            return new DatabaseModule(embedded, connect.to(embedded.jdbcUrl(), embedded.user(), embedded.password(), label), label);
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    Database database() {
        return database;
    }

    /** Names the database in log lines, never with its password. */
    String label() {
        return label;
    }

    @Override
    public void close() {
        database.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
