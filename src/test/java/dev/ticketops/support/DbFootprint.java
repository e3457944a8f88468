package dev.ticketops.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * What a database holds, table by table (row count and MariaDB's {@code CHECKSUM TABLE} of every row), so a test can
 * show that a refused request changed nothing: take one before, one after, and compare. A row updated in place changes
 * the checksum even when the count stays the same. db-scheduler's own table ({@value #SCHEDULER}: heartbeats and next
 * run times) moves on its own clock and is left out; what a job does to the data shows in the other tables.
 */
public record DbFootprint(Map<String, String> tables) {
    /** The idempotency log: every answered chat request is recorded there, a refusal too (so a repeat gets the same answer). */
    public static final String REQUEST_LOG = "processed_requests";
    /** The job scheduler's bookkeeping, updated by its heartbeat whatever requests arrive. */
    public static final String SCHEDULER = "scheduled_tasks";

    public static DbFootprint of(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            return of(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take a footprint of the database", e);
        }
    }

    /**
     * The footprint once the outbox has delivered what earlier work queued (ticket cards, their threads and coalesced
     * edits arrive a few seconds after the change): bad input is then measured against a database at rest.
     */
    public static DbFootprint settled(TestDatabases.Target target) {
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
        while (java.time.Instant.now().isBefore(deadline)) {
            try (Connection c = target.connect(); Statement st = c.createStatement();
                 var rs = st.executeQuery("SELECT COUNT(*) FROM outbox WHERE status IN ('PENDING', 'SENDING')")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    break;
                }
                Thread.sleep(100);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the outbox of " + target.name(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return of(target);
    }

    public static DbFootprint of(TestDatabases.Target target) {
        try (Connection c = target.connect()) {
            return of(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take a footprint of " + target.name(), e);
        }
    }

    static DbFootprint of(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                     + " AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("the database has no tables: is it migrated?");
        }
        Map<String, String> out = new TreeMap<>();
        try (Statement st = c.createStatement()) {
            for (String t : names) {
                if (t.equals(SCHEDULER)) {
                    continue;
                }
                long rows;
                try (var rs = st.executeQuery("SELECT COUNT(*) FROM `" + t + "`")) {
                    rs.next();
                    rows = rs.getLong(1);
                }
                try (var rs = st.executeQuery("CHECKSUM TABLE `" + t + "` EXTENDED")) {
                    rs.next();
                    out.put(t, rows + " rows, checksum " + rs.getString(2));
                }
            }
        }
        return new DbFootprint(Map.copyOf(out));
    }

    /** The same footprint without some tables (for a refusal that is still recorded in {@link #REQUEST_LOG}). */
    public DbFootprint without(String... tables) {
        Map<String, String> out = new TreeMap<>(this.tables);
        out.keySet().removeAll(Set.of(tables));
        return new DbFootprint(Map.copyOf(out));
    }

    @Override
    public String toString() {
        return new TreeMap<>(tables).toString();
    }
}
