package dev.ticketops.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects the server to its database whenever the database is there: at start-up (a database that is not reachable
 * yet is retried in the background, and migrated when it answers) and afterwards (an outage is noticed, logged at most
 * once a minute, and the listeners — the jobs — are told when it goes and when it is back).
 */
final class DatabaseWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    static final Duration LOG_EVERY = Duration.ofMinutes(1);
    private static final Pattern URL = Pattern.compile("(jdbc:(?:mariadb|mysql)://[^/?]+)/([^?]*)(\\?.*)?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_$]{1,64}");

    private final Database db;
    private final String url;
    private final String user;
    private final String password;
    private final String label;
    private final Duration every;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "db-watch");
        t.setDaemon(true);
        return t;
    });
    private final List<Runnable> onReady = new CopyOnWriteArrayList<>();
    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private boolean up;
    private long downSince;
    private long lastLogged;

    DatabaseWatch(Database db, String url, String user, String password, String label, Duration every) {
        this.db = db;
        this.url = url;
        this.user = user;
        this.password = password;
        this.label = label;
        this.every = every;
    }

    /** Tries once now (a refusal fails here, with one line naming the database); then keeps watching. */
    DatabaseWatch begin() {
        askDirectly();
        up = migrate(true);
        timer.scheduleWithFixedDelay(this::tick, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    synchronized void whenReady(Runnable r) {
        if (db.isMigrated()) {
            r.run();
        } else {
            onReady.add(r);
        }
    }

    void onAvailability(Consumer<Boolean> listener) {
        listeners.add(listener);
    }

    private void tick() {
        try {
            if (!db.isMigrated()) {
                if (migrate(false)) {
                    up = true;
                    List<Runnable> ready;
                    synchronized (this) {
                        ready = List.copyOf(onReady);
                        onReady.clear();
                    }
                    ready.forEach(DatabaseWatch::runQuietly);
                }
                return;
            }
            boolean now = db.answersNow();
            if (now != up) {
                up = now;
                if (now) {
                    LOG.info("Database: {} answers again after {}; chat requests and jobs carry on", label, downFor());
                } else {
                    wentDown("it stopped answering");
                }
                listeners.forEach(l -> runQuietly(() -> l.accept(now)));
            } else if (!now) {
                stillDown("it still does not answer");
            }
        } catch (RuntimeException e) {
            stillDown(Outages.reason(e));
        }
    }

    /** Connects and migrates; false while the database cannot be reached. */
    private boolean migrate(boolean first) {
        try {
            db.migrateNow();
            if (!first) {
                LOG.info("Database: connected to {} after {} and brought the schema up to date; chat requests are"
                        + " answered again", label, downFor());
            }
            return true;
        } catch (RuntimeException e) {
            var refusal = Outages.refusal(e);
            if (refusal.isPresent()) {
                if (refusal.get().getErrorCode() == 1049 && createDatabase()) {
                    return migrate(first);
                }
                throw new IllegalStateException(label + " refuses TicketOps: " + oneLine(refusal.get().getMessage())
                        + (refusal.get().getErrorCode() == 1049 ? "" : " (check DB_USER and DB_PASSWORD)"), e);
            }
            if (!Outages.isConnectionFailure(e)) {
                throw e;
            }
            if (first) {
                wentDown(Outages.reason(e));
            } else {
                stillDown(Outages.reason(e));
            }
            return false;
        }
    }

    /**
     * One connection outside the pool first, so that a refusal (credentials, a missing database) is told apart from a
     * database that is just not there yet, at once and with the server's own words.
     */
    private void askDirectly() {
        try (Connection c = DriverManager.getConnection(Database.withDefaults(url), user, password)) {
            c.isValid(1);
        } catch (SQLException e) {
            var refusal = Outages.refusal(e);
            if (refusal.isPresent() && refusal.get().getErrorCode() == 1049) {
                createDatabase();
            } else if (refusal.isPresent()) {
                throw new IllegalStateException(label + " refuses TicketOps: " + oneLine(refusal.get().getMessage())
                        + " (check DB_USER and DB_PASSWORD)", e);
            }
            // anything else: not reachable yet, which the pool and the watch handle
        }
    }

    private static String oneLine(String s) {
        return s.strip().lines().findFirst().orElse("");
    }

    /** DB_URL names a database that is not there: create it, or say in one line why not. */
    private boolean createDatabase() {
        Matcher m = URL.matcher(url);
        if (!m.matches() || !NAME.matcher(m.group(2)).matches()) {
            return false;
        }
        String name = m.group(2);
        try (Connection c = DriverManager.getConnection(m.group(1) + "/" + (m.group(3) == null ? "" : m.group(3)), user, password);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            LOG.info("Database: created the database {} that {} names (it did not exist)", name, label);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException(label + " names the database " + name + ", which does not exist, and user "
                    + user + " cannot create it (" + oneLine(e.getMessage()) + "): create it with CREATE DATABASE " + name
                    + " CHARACTER SET utf8mb4, or correct DB_URL", e);
        }
    }

    private void wentDown(String reason) {
        downSince = System.nanoTime();
        lastLogged = downSince;
        LOG.warn("Database: cannot reach {} ({}). TicketOps keeps running: chat requests are answered that nothing was"
                + " changed, /health says 503, and it reconnects by itself (this line repeats at most once a minute)",
                label, reason);
    }

    private void stillDown(String reason) {
        long now = System.nanoTime();
        if (now - lastLogged >= LOG_EVERY.toNanos()) {
            lastLogged = now;
            LOG.warn("Database: still cannot reach {} after {} ({})", label, downFor(), reason);
        }
    }

    private String downFor() {
        long s = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - downSince);
        return s < 120 ? s + " s" : (s / 60) + " min";
    }

    private static void runQuietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.warn("Database: a reconnect action failed", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
