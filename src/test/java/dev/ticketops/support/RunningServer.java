package dev.ticketops.support;

import dev.ticketops.TicketOps;
import dev.ticketops.Tuning;
import dev.ticketops.config.Config;
import dev.ticketops.outbound.Resilience;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** A whole TicketOps server on a fresh MariaDB database and a random port, configured like production by env vars. */
public final class RunningServer implements AutoCloseable {
    public static final Tuning FAST = new Tuning(
            new Resilience.Settings(3, Duration.ofMillis(50), Duration.ofSeconds(2), 50.0, Duration.ofMillis(500)),
            Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofSeconds(2), Duration.ofMillis(2000),
            dev.ticketops.jobs.Jobs.Intervals.defaults());

    public final TestDatabases.Target db;
    public final TicketOps app;
    public final Clock clock;

    public RunningServer(Map<String, String> env, Clock clock) {
        this(TestDatabases.newDatabase(), env, clock);
    }

    public RunningServer(TestDatabases.Target db, Map<String, String> env, Clock clock) {
        this(db, env, clock, FAST);
    }

    public RunningServer(TestDatabases.Target db, Map<String, String> env, Clock clock, Tuning tuning) {
        this(db, env, clock, tuning, java.util.List.of());
    }

    public RunningServer(TestDatabases.Target db, Map<String, String> env, Clock clock, Tuning tuning,
                         java.util.List<dev.ticketops.web.RouteModule> extra) {
        this.db = db;
        this.clock = clock;
        Map<String, String> all = new HashMap<>(env);
        all.put("PORT", "0");
        all.put("DB_URL", db.url());
        all.put("DB_USER", db.user());
        all.put("DB_PASSWORD", db.password());
        this.app = TicketOps.start(Config.fromEnvChecked(all), clock, tuning, extra);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    /** Stops the server but keeps its database (for restart tests). */
    public void stop() {
        app.close();
    }

    @Override
    public void close() {
        app.close();
        TestDatabases.drop(db);
    }
}
