package dev.ticketops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.FakeSocketMode;
import dev.ticketops.support.Http;
import dev.ticketops.support.RunningServer;
import dev.ticketops.support.SlackClient;
import dev.ticketops.support.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.java_websocket.WebSocket;

/**
 * A TicketOps server in SLACK_MODE=socket against local fakes: the Web API ({@link FakeHttp}, which answers
 * apps.connections.open with the fake Socket Mode server's URL, and can hold that answer back) and Slack's Socket
 * Mode server ({@link FakeSocketMode}).
 */
final class SlackSocketFixture implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(15);
    static final String APP_TOKEN = "xapp-1-A0APP-1234-abcdef";
    /** Short waits for tests: reconnects within a fraction of a second, pings every second. */
    static final SocketTiming FAST = new SocketTiming(2, Duration.ofMillis(20), Duration.ofMillis(300),
            Duration.ofSeconds(3), Duration.ofSeconds(1), Duration.ofMillis(2500));

    final FakeHttp api;
    final FakeSocketMode socket;
    final RunningServer server;
    final SlackClient slack;
    /** While set, apps.connections.open waits for it: the app cannot get a new connection. */
    final AtomicReference<CountDownLatch> openGate = new AtomicReference<>();
    /** While set, auth.test waits for it (a Web API that hangs). */
    final AtomicReference<CountDownLatch> authGate = new AtomicReference<>();

    SlackSocketFixture(Map<String, String> extraEnv) throws Exception {
        this(extraEnv, FAST);
    }

    SlackSocketFixture(Map<String, String> extraEnv, SocketTiming timing) throws Exception {
        TestDatabases.Target db = TestDatabases.newDatabase();
        api = new FakeHttp();
        socket = new FakeSocketMode();
        api.respondWith(c -> {
            if (c.path().equals("/api/apps.connections.open")) {
                hold(openGate.get());
                return FakeHttp.Answer.json(200, "{\"ok\":true,\"url\":\"" + socket.url() + "\"}");
            }
            if (c.path().equals("/api/auth.test")) {
                hold(authGate.get());
            }
            return slackApi(c);
        });
        Map<String, String> env = new HashMap<>(Map.of(
                "SLACK_MODE", "socket",
                "SLACK_APP_TOKEN", APP_TOKEN,
                "SLACK_BOT_TOKEN", "xoxb-test-token",
                "SLACK_API_URL", api.url() + "/api/",
                "SLACK_TEAM_ID", SlackClient.TEAM,
                "STAFF_SLACK_IDS", "U_STAFF"));
        env.putAll(extraEnv);
        server = new RunningServer(db, env, Clock.systemUTC(), RunningServer.FAST.withSlackSocket(timing));
        slack = new SlackClient(server.url("/slack/events"), api.url(), Clock.systemUTC());
        assertThat(socket.awaitOpen(2, WAIT)).as("two Socket Mode connections open").isTrue();
        awaitHealth("CONNECTED");
    }

    private static void hold(CountDownLatch gate) {
        if (gate != null) {
            try {
                gate.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What the fake Web API answers besides apps.connections.open, as the HTTP tests' fake does. */
    static FakeHttp.Answer slackApi(FakeHttp.Call c) {
        if (c.path().startsWith("/response/")) {
            return new FakeHttp.Answer(200, "ok", Map.of());
        }
        return switch (c.path()) {
            case "/api/auth.test" -> FakeHttp.Answer.json(200,
                    "{\"ok\":true,\"user\":\"ticketops\",\"team\":\"Agency\",\"user_id\":\"UBOT\",\"team_id\":\"T0TEAM\"}");
            case "/api/chat.postMessage" -> FakeHttp.Answer.json(200,
                    "{\"ok\":true,\"channel\":\"" + c.param("channel") + "\",\"ts\":\"1700000000." + System.nanoTime() % 1000000 + "\"}");
            default -> FakeHttp.Answer.json(200, "{\"ok\":true}");
        };
    }

    /** Sends what Slack would have posted as {@code signed} as an envelope, and returns the ack (within 3 s). */
    FakeSocketMode.Ack deliver(WebSocket on, ObjectNode envelope) {
        String id = socket.send(on, envelope);
        FakeSocketMode.Ack ack = socket.awaitAck(id, WAIT);
        assertThat(socket.ackDelay(id)).as("ack of %s", envelope.path("type").asText()).isLessThan(Duration.ofSeconds(3));
        return ack;
    }

    FakeSocketMode.Ack deliver(SlackClient.Signed signed) {
        return deliver(socket.connections().get(0), FakeSocketMode.envelopeOf(signed));
    }

    /** The ack's payload as text ("" for a bare ack). */
    static String text(FakeSocketMode.Ack ack) {
        return ack.payload() == null ? "" : ack.payload().toString();
    }

    String health() {
        return Http.get(server.url("/health")).body();
    }

    /** Waits until /health says {@code "slack":"<state>"}; fails after {@link #WAIT}. */
    void awaitHealth(String state) {
        String want = "\"slack\":\"" + state + "\"";
        boolean seen = socket.await(() -> health().contains(want), WAIT);
        assertThat(seen).as("/health with %s, last %s", want, health()).isTrue();
    }

    double reconnects(String reason) {
        String scrape = Http.get(server.url("/metrics")).body();
        Matcher m = Pattern.compile("(?m)^ticketops_slack_reconnects_total\\{([^}]*)\\} ([0-9.eE+-]+)$").matcher(scrape);
        double sum = 0;
        while (m.find()) {
            if (m.group(1).contains("reason=\"" + reason + "\"")) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    static long ticketNumber(String answer) {
        Matcher m = Pattern.compile("Ticket #(\\d+) opened").matcher(answer);
        assertThat(m.find()).as("a ticket opened in %s", answer).isTrue();
        return Long.parseLong(m.group(1));
    }

    /**
     * What the conversation left in the database, without ids, times and response URLs: tickets, estimates, decisions, time, the
     * audit trail, the outbox (where, what, for which ticket, its message) and how many deliveries were recorded.
     */
    static List<String> fingerprint(TestDatabases.Target db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "SELECT number, title, description, urgent, billable, status, origin_channel, close_summary FROM tickets ORDER BY number",
                    "SELECT ticket_number, low_minutes, high_minutes, hourly_rate, note, status FROM estimates ORDER BY id",
                    "SELECT ticket_number, decision, platform FROM approvals ORDER BY id",
                    "SELECT ticket_number, minutes, note FROM time_entries ORDER BY id",
                    "SELECT ticket_number, platform, kind, detail FROM ticket_events ORDER BY id",
                    "SELECT platform, workspace_id, channel_id, kind, ticket_number, payload FROM outbox ORDER BY id",
                    "SELECT COUNT(*) AS processed_requests FROM processed_requests")) {
                try (ResultSet r = s.executeQuery(sql)) {
                    ResultSetMetaData md = r.getMetaData();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder(md.getTableName(1)).append(':');
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.append(' ').append(md.getColumnLabel(i)).append('=').append(r.getString(i));
                        }
                        // when a decision was taken, and the click's own response_url, differ by nature
                        rows.add(row.toString().replaceAll("\"at\":\"[^\"]*\"", "\"at\":\"(time)\"")
                                .replaceAll("http://127\\.0\\.0\\.1:\\d+/response/[0-9a-f-]+", "(response_url)"));
                    }
                }
            }
        }
        return rows;
    }

    @Override
    public void close() throws Exception {
        server.close();
        socket.close();
        api.close();
    }
}
