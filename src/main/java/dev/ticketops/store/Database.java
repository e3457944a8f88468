package dev.ticketops.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ticketops.app.Stores;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The MariaDB connection pool, its schema (Flyway) and the MyBatis stores on top of it. Every wait on the database is
 * bounded: a connection is handed out within {@link #CONNECTION_TIMEOUT}, a TCP connect gives up after
 * {@link #CONNECT_TIMEOUT}, and a read after {@link #SOCKET_TIMEOUT} (a little over the statement cap), so a database
 * that stops answering cannot hold a thread for good.
 */
public final class Database implements AutoCloseable {
    static final Duration CONNECTION_TIMEOUT = Duration.ofMillis(1500);
    static final Duration VALIDATION_TIMEOUT = Duration.ofMillis(500);
    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(1000);
    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(35);
    /** /health waits this long for the database at most. */
    static final Duration HEALTH_PATIENCE = Duration.ofMillis(1500);

    private final HikariDataSource dataSource;
    private final MyBatisTransactions transactions;
    private final Stores stores;
    private final MyBatisOutbox outbox;
    private final java.util.concurrent.atomic.AtomicBoolean migrated = new java.util.concurrent.atomic.AtomicBoolean();
    private final HealthProbe probe;
    private volatile DatabaseWatch watch;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.probe = new HealthProbe(this::answersNow, HEALTH_PATIENCE);
        this.transactions = new MyBatisTransactions(sessionFactory(dataSource), migrated::get);
        MyBatisClients clients = new MyBatisClients(transactions);
        MyBatisEstimates estimates = new MyBatisEstimates(transactions);
        this.outbox = new MyBatisOutbox(transactions);
        this.stores = new Stores(transactions, new MyBatisPeople(transactions), clients, clients,
                new MyBatisTickets(transactions), estimates, estimates, new MyBatisTimeEntries(transactions),
                new MyBatisEvents(transactions), new MyBatisRequests(transactions), outbox, new MyBatisInvoices(transactions),
                new MyBatisOverruns(transactions), new MyBatisDigests(transactions), new MyBatisTimers(transactions),
                new MyBatisFollowups(transactions),
                new MyBatisTicketThreads(transactions),
                new MyBatisTicketMessages(transactions), new MyBatisTicketStaffing(transactions),
                new MyBatisPortal(transactions), new MyBatisPortalQueries(transactions));
    }

    /** Connects to {@code url}, migrates the schema, and builds the stores; fails when the database cannot be used. */
    public static Database open(String url, String user, String password, int poolSize) {
        HikariDataSource ds = pool(url, user, password, poolSize);
        try {
            migrate(ds);
            Database db = new Database(ds);
            db.migrated.set(true);
            return db;
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    /**
     * For the server: like {@link #open}, but a database that cannot be reached yet is not an error. The server
     * starts, every transaction fails fast with StoreUnavailable, and the database is connected to (and migrated) in
     * the background when it answers; {@code whenReady} runs then. {@code label} names the database in log lines
     * (never with its password). A database that answers but refuses us (credentials, rights) still fails here.
     */
    public static Database start(String url, String user, String password, int poolSize, String label, Duration retryEvery) {
        HikariDataSource ds = pool(url, user, password, poolSize);
        Database db = new Database(ds);
        try {
            db.watch = new DatabaseWatch(db, url, user, password, label, retryEvery).begin();
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Runs {@code r} when the schema is ready (at once if it is); the watch calls it once. */
    public void whenReady(Runnable r) {
        if (watch == null) {
            r.run();
        } else {
            watch.whenReady(r);
        }
    }

    /** Told {@code true}/{@code false} when the database comes back or goes away after start-up (the jobs pause). */
    public void onAvailability(java.util.function.Consumer<Boolean> listener) {
        if (watch != null) {
            watch.onAvailability(listener);
        }
    }

    boolean isMigrated() {
        return migrated.get();
    }

    /** Migrates the schema; true once done. Connection failures leave it for the next try. */
    void migrateNow() {
        migrate(dataSource);
        migrated.set(true);
    }

    /** Adds the connector's timeouts unless the URL sets them itself. */
    static String withDefaults(String url) {
        String out = withParam(url, "connectTimeout", Long.toString(CONNECT_TIMEOUT.toMillis()));
        return withParam(out, "socketTimeout", Long.toString(SOCKET_TIMEOUT.toMillis()));
    }

    private static String withParam(String url, String name, String value) {
        int q = url.indexOf('?');
        if (q >= 0 && java.util.regex.Pattern.compile("(?i)[?&]" + name + "=").matcher(url).find()) {
            return url;
        }
        return url + (q < 0 ? "?" : "&") + name + "=" + value;
    }

    private static HikariDataSource pool(String url, String user, String password, int poolSize) {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(withDefaults(url));
        cfg.setUsername(user);
        cfg.setPassword(password);
        cfg.setMaximumPoolSize(poolSize);
        cfg.setMinimumIdle(Math.min(2, poolSize));
        cfg.setPoolName("ticketops");
        cfg.setAutoCommit(false);
        cfg.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        // A 30 s cap on every statement, set once per connection (a per-statement JDBC timeout would wrap each query in
        // "SET STATEMENT max_statement_time=... FOR ...", re-parsed by the server every time).
        // Lock waits end first (20 s, error 1205, which reruns the transaction), before the statement cap.
        cfg.setConnectionInitSql("SET time_zone = '+00:00', NAMES utf8mb4, max_statement_time = 30, innodb_lock_wait_timeout = 20");
        // One bounded wait for a connection, short enough that a chat request still answers inside Slack's 3 s.
        cfg.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
        cfg.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
        // Start even when the database is down: /health reports it and the pool reconnects when it is back.
        cfg.setInitializationFailTimeout(-1);
        return new HikariDataSource(cfg);
    }

    public static MigrateResult migrate(DataSource ds) {
        return Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    private static SqlSessionFactory sessionFactory(DataSource ds) {
        JdbcTransactionFactory txFactory = new JdbcTransactionFactory();
        var props = new java.util.Properties();
        props.setProperty("skipSetAutoCommitOnClose", "true");
        txFactory.setProperties(props);
        Configuration c = new Configuration(new Environment("ticketops", txFactory, ds));
        c.setMapUnderscoreToCamelCase(true);
        c.setArgNameBasedConstructorAutoMapping(true);
        c.setLocalCacheScope(LocalCacheScope.STATEMENT);
        c.setCacheEnabled(false);
        for (Class<?> mapper : new Class<?>[] {TicketMapper.class, EstimateMapper.class, TimeEntryMapper.class,
                EventMapper.class, PersonMapper.class, ClientMapper.class, RequestMapper.class, OutboxMapper.class,
                InvoiceMapper.class, OverrunMapper.class, DigestMapper.class, ZohoSyncMapper.class, TimerMapper.class,
                FollowupMapper.class, TicketThreadMapper.class, TicketMessageMapper.class, TicketStaffingMapper.class,
                PortalMapper.class, PortalQueryMapper.class}) {
            c.addMapper(mapper);
        }
        return new SqlSessionFactoryBuilder().build(c);
    }

    public Stores stores() {
        return stores;
    }

    public MyBatisTransactions transactions() {
        return transactions;
    }

    /** {@code r} runs after every transaction that wrote outbox messages commits (the relay's wake-up). */
    public void onOutboxCommitted(Runnable r) {
        outbox.onCommitted(r);
    }

    /** Zoho Invoice's work queue and ids (used only when Zoho is configured). */
    public dev.ticketops.app.port.ZohoSyncs zohoSyncs() {
        return new MyBatisZohoSyncs(transactions);
    }

    public dev.ticketops.app.port.OutboxQueue outboxQueue() {
        return outbox;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public HikariDataSource pool() {
        return dataSource;
    }

    /** True when the schema is ready and the database answers a trivial query, decided within 1.5 s. */
    public boolean isUp() {
        return migrated.get() && probe.check();
    }

    /** Asks the database right now (a connection within the pool's timeout, the answer within a second). */
    boolean answersNow() {
        try (Connection c = dataSource.getConnection()) {
            c.setNetworkTimeout(Runnable::run, 1000);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT 1");
            }
            c.rollback();
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (watch != null) {
            watch.close();
        }
        probe.close();
        dataSource.close();
    }
}
