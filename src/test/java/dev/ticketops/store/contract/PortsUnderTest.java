package dev.ticketops.store.contract;

import dev.ticketops.app.Stores;
import dev.ticketops.app.port.OutboxQueue;
import dev.ticketops.support.TestDatabases;
import dev.ticketops.support.fakes.FakeStores;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a port contract runs: the in-memory fakes, or the MyBatis stores on a real MariaDB database. One is opened
 * per test class and emptied before each test ({@link #empty}), as a fresh migration leaves it.
 */
interface PortsUnderTest extends AutoCloseable {
    Stores stores();

    OutboxQueue outboxQueue();

    /** {@code r} runs after each transaction that enqueued outbox messages commits. */
    void onOutboxCommitted(Runnable r);

    /** Every table empty, the ticket sequence back at 1. */
    void empty();

    @Override
    void close();

    static PortsUnderTest fakes() {
        return new PortsUnderTest() {
            private FakeStores fakes = FakeStores.empty();

            @Override
            public Stores stores() {
                return fakes.stores();
            }

            @Override
            public OutboxQueue outboxQueue() {
                return fakes.outbox();
            }

            @Override
            public void onOutboxCommitted(Runnable r) {
                fakes.outbox().onCommitted(r);
            }

            @Override
            public void empty() {
                fakes = FakeStores.empty();
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * A database from TestDatabases' pool for the test class, given back on close. Emptying deletes the rows but keeps
     * the AUTO_INCREMENT counters (resetting them costs about a second per test): the contracts never assume an id.
     */
    static PortsUnderTest mariaDb() {
        TestDatabases.TestDb db = TestDatabases.openEmpty();
        return new PortsUnderTest() {
            @Override
            public Stores stores() {
                return db.database().stores();
            }

            @Override
            public OutboxQueue outboxQueue() {
                return db.database().outboxQueue();
            }

            @Override
            public void onOutboxCommitted(Runnable r) {
                db.database().onOutboxCommitted(r);
            }

            @Override
            public void empty() {
                try (Connection c = db.target().connect(); Statement s = c.createStatement()) {
                    List<String> tables = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
                            + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'"
                            + " AND table_name NOT IN ('flyway_schema_history', 'sequences')")) {
                        while (rs.next()) {
                            tables.add(rs.getString(1));
                        }
                    }
                    s.execute("SET FOREIGN_KEY_CHECKS = 0");
                    for (String table : tables) {
                        s.execute("DELETE FROM `" + table + "`");
                    }
                    s.execute("SET FOREIGN_KEY_CHECKS = 1");
                    s.execute("DELETE FROM sequences WHERE name <> 'ticket'");
                    s.execute("UPDATE sequences SET next_value = 1 WHERE name = 'ticket'");
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot empty the test database", e);
                }
            }

            @Override
            public void close() {
                db.database().onOutboxCommitted(() -> { });
                TestDatabases.recycle(db);
            }
        };
    }
}
