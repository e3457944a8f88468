package dev.ticketops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.RunningServer;
import dev.ticketops.support.SlackClient;
import dev.ticketops.support.SlackClient.User;
import dev.ticketops.support.TcpProxy;
import dev.ticketops.support.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The card that replaces an estimate after the client's click ("Approved by …") is written to the outbox with the
 * decision and delivered by chat.update on the clicked message: a Slack outage far longer than the adapter's own
 * retries (3 tries in well under a second here), an open circuit, or a restart in between delay it, and it still
 * arrives exactly once.
 */
class SlackCardUpdateTest {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String CARD_TS = "1700000000.000100";
    final User staff = new User("U_STAFF", "sam");
    final User alice = new User("U_ALICE", "alice");

    /** One outbox row: what the relay knows about a message. */
    record Row(String status, int attempts, String lastError) {
    }

    static Map<String, String> env(String apiBase) {
        return Map.of("SLACK_SIGNING_SECRET", SlackClient.SECRET, "SLACK_BOT_TOKEN", "xoxb-test-token",
                "SLACK_API_URL", apiBase + "/api/", "STAFF_SLACK_IDS", "U_STAFF", "SLACK_TEAM_ID", SlackClient.TEAM);
    }

    /** Answers like Slack while {@code up}, with {@code outage} otherwise (for the Web API; response_url always works). */
    static final class Switchable {
        volatile boolean up = true;
        volatile FakeHttp.Answer outage = FakeHttp.Answer.json(503, "{\"ok\":false,\"error\":\"service_unavailable\"}");

        FakeHttp.Answer answer(FakeHttp.Call c) {
            if (c.path().startsWith("/response/")) {
                return new FakeHttp.Answer(200, "ok", Map.of());
            }
            if (!up) {
                return outage;
            }
            return c.path().equals("/api/chat.postMessage")
                    ? FakeHttp.Answer.json(200, "{\"ok\":true,\"channel\":\"" + c.param("channel") + "\",\"ts\":\"" + CARD_TS + "\"}")
                    : FakeHttp.Answer.json(200, "{\"ok\":true,\"ts\":\"" + CARD_TS + "\"}");
        }
    }

    static List<Row> cardRows(TestDatabases.Target db) {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT status, attempts, last_error FROM outbox WHERE kind = 'ESTIMATE_CARD_DECIDED' ORDER BY id")) {
            List<Row> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new Row(rs.getString(1), rs.getInt(2), rs.getString(3)));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Row> awaitRows(TestDatabases.Target db, Predicate<List<Row>> until) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        List<Row> rows = cardRows(db);
        while (!until.test(rows) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            rows = cardRows(db);
        }
        return rows;
    }

    static boolean sent(List<Row> rows) {
        return rows.size() == 1 && rows.get(0).status().equals("SENT");
    }

    /** Opens a ticket, posts an estimate and waits for its card; returns the Approve button's value. */
    static String approvableCard(SlackClient slack, FakeHttp fake, User client, User staff, String channel) {
        Matcher opened = Pattern.compile("Ticket #(\\d+) opened").matcher(slack.slash(client, channel, "/ticket", "Mail is down").body());
        assertThat(opened.find()).isTrue();
        long n = Long.parseLong(opened.group(1));
        slack.slash(staff, channel, "/estimate", "#" + n + " 1-2h");
        var cards = fake.await("/api/chat.postMessage", 1, c -> channel.equals(c.param("channel"))
                && c.param("blocks").contains("\"approve:" + n + ":"), WAIT);
        assertThat(cards).hasSize(1);
        Matcher m = Pattern.compile("approve:" + n + ":\\d+").matcher(cards.get(0).param("blocks"));
        assertThat(m.find()).isTrue();
        return m.group();
    }

    /** The updates of the estimate card (the ticket card at the root of the thread is kept current too). */
    static List<FakeHttp.Call> updates(FakeHttp fake, String channel) {
        return fake.delivered("/api/chat.update", c -> channel.equals(c.param("channel"))
                && c.param("text").startsWith("Estimate for"));
    }

    @Test
    void theApprovedCard_arrivesOnce_afterSlackFailsForLongerThanItsRetryWindow() throws Exception {
        TestDatabases.Target db = TestDatabases.newDatabase();
        Switchable slackApi = new Switchable();
        try (FakeHttp fake = new FakeHttp(); RunningServer server = new RunningServer(db, env(fakeUrl(fake, slackApi)), Clock.systemUTC())) {
            SlackClient slack = new SlackClient(server.url("/slack/events"), fake.url(), Clock.systemUTC());
            String approve = approvableCard(slack, fake, alice, staff, "C_OUTAGE");

            slackApi.up = false;
            String url = slack.responseUrl();
            assertThat(slack.post(slack.click(alice, "C_OUTAGE", "approve", approve, url)).statusCode()).isEqualTo(200);
            // several delivery rounds fail (the adapter's own tries, then the open circuit): the old path gave up
            var failing = awaitRows(db, rows -> rows.size() == 1 && rows.get(0).attempts() >= 4);
            assertThat(failing).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("PENDING"));
            assertThat(updates(fake, "C_OUTAGE")).isEmpty();
            Instant firstFailure = fake.calls("/api/chat.update").get(0).at();

            slackApi.up = true;
            assertThat(awaitRows(db, SlackCardUpdateTest::sent)).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("SENT"));
            var delivered = updates(fake, "C_OUTAGE");
            assertThat(delivered).hasSize(1);
            assertThat(delivered.get(0).param("ts")).isEqualTo(CARD_TS);
            assertThat(delivered.get(0).param("blocks")).contains("Approved by @alice", "work may begin").doesNotContain("\"actions\"");
            assertThat(Duration.between(firstFailure, delivered.get(0).at())).isGreaterThan(Duration.ofMillis(1600));
            // the response_url is left for refusals: the card is never posted twice
            assertThat(fake.calls(url.substring(fake.url().length()))).isEmpty();
        }
    }

    @Test
    void theApprovedCard_survivesARestartWhileSlackRefusesConnections() throws Exception {
        TestDatabases.Target db = TestDatabases.newDatabase();
        Switchable slackApi = new Switchable();
        try (FakeHttp fake = new FakeHttp(); TcpProxy proxy = new TcpProxy("127.0.0.1", port(fake))) {
            fake.respondWith(slackApi::answer);
            String apiBase = "http://127.0.0.1:" + proxy.port();
            RunningServer first = new RunningServer(db, env(apiBase), Clock.systemUTC());
            SlackClient slack = new SlackClient(first.url("/slack/events"), fake.url(), Clock.systemUTC());
            String approve = approvableCard(slack, fake, alice, staff, "C_RESTART_CARD");

            proxy.cut();
            slack.post(slack.click(alice, "C_RESTART_CARD", "approve", approve, slack.responseUrl()));
            var failing = awaitRows(db, rows -> rows.size() == 1 && rows.get(0).attempts() >= 2);
            assertThat(failing).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("PENDING"));
            assertThat(fake.calls("/api/chat.update")).isEmpty();
            first.stop();

            proxy.start();
            try (RunningServer second = new RunningServer(db, env(apiBase), Clock.systemUTC())) {
                assertThat(awaitRows(db, SlackCardUpdateTest::sent)).singleElement()
                        .satisfies(r -> assertThat(r.status()).isEqualTo("SENT"));
                var delivered = updates(fake, "C_RESTART_CARD");
                assertThat(delivered).hasSize(1);
                assertThat(delivered.get(0).param("blocks")).contains("Approved by @alice");
                assertThat(second.app.database().isUp()).isTrue();
            }
        }
    }

    @Test
    void theApprovedCard_waitsOutAnOpenCircuit() throws Exception {
        TestDatabases.Target db = TestDatabases.newDatabase();
        Switchable slackApi = new Switchable();
        slackApi.outage = FakeHttp.Answer.json(500, "{\"ok\":false,\"error\":\"internal_error\"}");
        try (FakeHttp fake = new FakeHttp(); RunningServer server = new RunningServer(db, env(fakeUrl(fake, slackApi)), Clock.systemUTC())) {
            SlackClient slack = new SlackClient(server.url("/slack/events"), fake.url(), Clock.systemUTC());
            String approve = approvableCard(slack, fake, alice, staff, "C_CIRCUIT");

            slackApi.up = false;
            slack.post(slack.click(alice, "C_CIRCUIT", "approve", approve, slack.responseUrl()));
            var open = awaitRows(db, rows -> rows.size() == 1 && rows.get(0).lastError() != null
                    && rows.get(0).lastError().contains("circuit is open"));
            assertThat(open).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("PENDING"));

            slackApi.up = true;
            assertThat(awaitRows(db, SlackCardUpdateTest::sent)).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo("SENT"));
            assertThat(updates(fake, "C_CIRCUIT")).hasSize(1);
        }
    }

    @Test
    void aRepeatedDeliveryOfTheClick_enqueuesNoSecondUpdate() throws Exception {
        TestDatabases.Target db = TestDatabases.newDatabase();
        Switchable slackApi = new Switchable();
        try (FakeHttp fake = new FakeHttp(); RunningServer server = new RunningServer(db, env(fakeUrl(fake, slackApi)), Clock.systemUTC())) {
            SlackClient slack = new SlackClient(server.url("/slack/events"), fake.url(), Clock.systemUTC());
            String approve = approvableCard(slack, fake, alice, staff, "C_REPEAT");

            var click = slack.click(alice, "C_REPEAT", "approve", approve, slack.responseUrl());
            assertThat(slack.post(click).statusCode()).isEqualTo(200);
            assertThat(slack.post(click, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout")).statusCode())
                    .isEqualTo(200);
            // a second click of the same (already replaced) button is answered privately and changes nothing
            String again = slack.responseUrl();
            slack.post(slack.click(alice, "C_REPEAT", "approve", approve, again));
            assertThat(fake.await(again.substring(fake.url().length()), 1, c -> true, WAIT).get(0).body())
                    .contains("already approved by @alice", "\"replace_original\":false");

            assertThat(awaitRows(db, SlackCardUpdateTest::sent)).hasSize(1);
            assertThat(updates(fake, "C_REPEAT")).hasSize(1);
        }
    }

    private static String fakeUrl(FakeHttp fake, Switchable api) {
        fake.respondWith(api::answer);
        return fake.url();
    }

    private static int port(FakeHttp fake) {
        return Integer.parseInt(fake.url().substring(fake.url().lastIndexOf(':') + 1));
    }
}
