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

/** The MariaDB connection pool, its schema (Flyway) and the MyBatis stores on top of it. */
public final class Database implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final MyBatisTransactions transactions;
    private final Stores stores;
    private final MyBatisOutbox outbox;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.transactions = new MyBatisTransactions(sessionFactory(dataSource));
        MyBatisClients clients = new MyBatisClients(transactions);
        MyBatisEstimates estimates = new MyBatisEstimates(transactions);
        this.outbox = new MyBatisOutbox(transactions);
        this.stores = new Stores(transactions, new MyBatisPeople(transactions), clients, clients,
                new MyBatisTickets(transactions), estimates, estimates, new MyBatisTimeEntries(transactions),
                new MyBatisEvents(transactions), new MyBatisRequests(transactions), outbox, new MyBatisInvoices(transactions),
                new MyBatisOverruns(transactions), new MyBatisDigests(transactions));
    }

    /** Connects to {@code url}, migrates the schema, and builds the stores. */
    public static Database open(String url, String user, String password, int poolSize) {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(url);
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
        cfg.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
        cfg.setValidationTimeout(Duration.ofSeconds(2).toMillis());
        // Start even when the database is down: /health reports it and the pool reconnects when it is back.
        cfg.setInitializationFailTimeout(-1);
        HikariDataSource ds = new HikariDataSource(cfg);
        try {
            migrate(ds);
            return new Database(ds);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
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
                InvoiceMapper.class, OverrunMapper.class, DigestMapper.class}) {
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

    public dev.ticketops.app.port.OutboxQueue outboxQueue() {
        return outbox;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public HikariDataSource pool() {
        return dataSource;
    }

    /** True when the database answers a trivial query within two seconds. */
    public boolean isUp() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.setQueryTimeout(2);
            s.execute("SELECT 1");
            c.rollback();
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
