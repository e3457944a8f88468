package dev.ticketops.slack;

import static dev.ticketops.slack.SlackSocketFixture.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.FakeSocketMode;
import dev.ticketops.support.Http;
import dev.ticketops.support.Records;
import dev.ticketops.support.RunningServer;
import dev.ticketops.support.SlackClient;
import dev.ticketops.support.SlackClient.User;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * SLACK_MODE=socket end to end: a ticket's whole life over Socket Mode envelopes leaves the same database state and
 * outbox as over HTTP; every envelope is acked with its envelope_id within 3 s; a redelivered envelope acts once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackSocketModeTest {
    final User staff = new User("U_STAFF", "sam");
    final User alice = new User("U_ALICE", "alice");

    SlackSocketFixture socket;

    @BeforeAll
    void start() throws Exception {
        socket = new SlackSocketFixture(Map.of());
    }

    @AfterAll
    void stop() throws Exception {
        socket.close();
    }

    /** How a scenario reaches TicketOps: the answer Slack would show for one request ("" when there is none). */
    interface Transport extends Function<SlackClient.Signed, String> {
    }

    /**
     * Open, estimate, the client's approval click, log, close; the ticket form opened and submitted; a direct message
     * event. Returns what was answered, in order.
     */
    static List<String> ticketLife(SlackClient slack, FakeHttp api, Transport send, User alice, User staff) {
        String channel = "C_LIFE";
        String opened = send.apply(slack.command(alice, channel, "/ticket", "Checkout bug | The pay button does nothing"));
        long n = SlackSocketFixture.ticketNumber(opened);

        String estimated = send.apply(slack.command(staff, channel, "/estimate", "#" + n + " 2-3h"));
        var cards = api.await("/api/chat.postMessage", 1,
                c -> c.param("channel").equals(channel) && c.param("blocks").contains("\"approve:" + n + ":"), WAIT);
        assertThat(cards).as("the estimate card, from the outbox").hasSize(1);
        Matcher m = Pattern.compile("approve:" + n + ":\\d+").matcher(cards.get(0).param("blocks"));
        assertThat(m.find()).isTrue();

        String clicked = send.apply(slack.click(alice, channel, "approve", m.group(), slack.responseUrl()));
        assertThat(api.await("/api/chat.update", 1, c -> c.param("channel").equals(channel), WAIT).get(0).param("blocks"))
                .contains("Approved by @alice");

        String logged = send.apply(slack.command(staff, channel, "/log", "1.5h #" + n + " found the cause"));
        String closed = send.apply(slack.command(staff, channel, "/ticket", "close #" + n + " Root cause fixed and tested"));
        assertThat(api.await("/api/chat.postMessage", 1, c -> c.param("channel").equals(channel)
                && c.param("blocks").contains("Ticket #" + n + " closed"), WAIT)).hasSize(1);

        String form = send.apply(slack.command(alice, channel, "/ticket", ""));
        assertThat(api.await("/api/views.open", 1, c -> true, WAIT)).as("the ticket form opened").hasSize(1);
        String submitted = send.apply(slack.submitTicketForm(alice, channel, "Printer offline", "Since Monday", true));
        assertThat(api.await("/api/chat.postMessage", 1, c -> c.param("channel").equals(channel)
                && c.param("text") != null && c.param("text").contains("Printer offline"), WAIT)).hasSize(1);

        String dm = send.apply(slack.event("Ev0LIFE1", SlackClient.directMessage(alice, "D_ALICE", "can you fix my site?")));
        assertThat(api.await("/api/chat.postMessage", 1, c -> c.param("channel").equals("D_ALICE"), WAIT).get(0).param("blocks"))
                .contains("/ticket");
        return List.of(opened, estimated, clicked, logged, closed, form, submitted, dm);
    }

    @Test
    void aTicketsWholeLife_overSocketMode_leavesWhatHttpLeaves() throws Exception {
        try (SlackSocketFixture fresh = new SlackSocketFixture(Map.of())) {
            List<String> overSocket = ticketLife(fresh.slack, fresh.api, s -> SlackSocketFixture.text(fresh.deliver(s)),
                    alice, staff);
            assertThat(overSocket.get(0)).contains("in_channel", "Waiting for an estimate");
            assertThat(overSocket.get(1)).contains("Estimate for #1 posted");
            assertThat(overSocket.get(2)).isEmpty(); // the decided card replaces the clicked one, from the outbox
            assertThat(overSocket.get(3)).contains("Logged 1.5 hours");
            assertThat(overSocket.get(4)).contains("Closed #1");
            assertThat(overSocket.get(6)).isEmpty(); // the form closes; the ticket is posted in the channel
            new Records(fresh.server.db).awaitOutboxSettled(WAIT);
            sameAsOverHttp(fresh, overSocket);
        }
    }

    private void sameAsOverHttp(SlackSocketFixture socket, List<String> overSocket) throws Exception {
        FakeHttp httpApi = new FakeHttp();
        httpApi.respondWith(SlackSocketFixture::slackApi);
        try (RunningServer http = new RunningServer(Map.of(
                "SLACK_SIGNING_SECRET", SlackClient.SECRET,
                "SLACK_BOT_TOKEN", "xoxb-test-token",
                "SLACK_API_URL", httpApi.url() + "/api/",
                "SLACK_TEAM_ID", SlackClient.TEAM,
                "STAFF_SLACK_IDS", "U_STAFF"), Clock.systemUTC())) {
            SlackClient overHttp = new SlackClient(http.url("/slack/events"), httpApi.url(), Clock.systemUTC());
            List<String> httpAnswers = ticketLife(overHttp, httpApi, s -> {
                var r = overHttp.post(s);
                assertThat(r.statusCode()).isEqualTo(200);
                try {
                    return r.body() == null || r.body().isBlank() ? "" : SlackBlocks.JSON.readTree(r.body()).toString();
                } catch (java.io.IOException e) {
                    throw new AssertionError("not JSON: " + r.body(), e);
                }
            }, alice, staff);
            new Records(http.db).awaitOutboxSettled(WAIT);

            assertThat(overSocket).as("the same answers").isEqualTo(httpAnswers);
            List<String> socketState = SlackSocketFixture.fingerprint(socket.server.db);
            assertThat(socketState).as("the same database state and outbox")
                    .isEqualTo(SlackSocketFixture.fingerprint(http.db));
            assertThat(String.join("\n", socketState)).contains("status=CLOSED", "title=Printer offline",
                    "minutes=90", "decision=APPROVED", "kind=ESTIMATE");
        } finally {
            httpApi.close();
        }
    }

    @Test
    void aRedeliveredEnvelope_actsOnce_andIsAckedEachTime() throws Exception {
        var envelope = FakeSocketMode.envelopeOf(socket.slack.command(alice, "C_AGAIN", "/ticket", "Backup failed twice"));
        var first = socket.deliver(socket.socket.connections().get(0), envelope);
        var again = socket.deliver(socket.socket.connections().get(1), FakeSocketMode.redelivery(envelope, 1));
        assertThat(SlackSocketFixture.text(again)).as("the first answer, again").isEqualTo(SlackSocketFixture.text(first))
                .contains("Ticket #");
        assertThat(new Records(socket.server.db).count("SELECT COUNT(*) FROM tickets WHERE title = ?", "Backup failed twice"))
                .isEqualTo(1);

        var event = FakeSocketMode.envelopeOf(socket.slack.event("Ev0AGAIN", SlackClient.mention(alice, "C_AGAIN", "<@UBOT> hi")));
        socket.deliver(socket.socket.connections().get(0), event);
        socket.deliver(socket.socket.connections().get(1), FakeSocketMode.redelivery(event, 1));
        socket.deliver(socket.socket.connections().get(0), FakeSocketMode.redelivery(event, 2));
        assertThat(socket.api.await("/api/chat.postEphemeral", 1, c -> c.param("channel").equals("C_AGAIN"), WAIT)).hasSize(1);
        // the event's answer goes after the ack; give a doubled one the time to show
        assertThat(socket.socket.await(() -> socket.api.calls("/api/chat.postEphemeral").stream()
                .filter(c -> "C_AGAIN".equals(c.param("channel"))).count() > 1, java.time.Duration.ofMillis(500))).isFalse();
    }

    @Test
    void brokenEnvelopes_areAckedWithoutEffect_andTheConnectionKeepsServing() {
        var conn = socket.socket.connections().get(0);
        var noUser = FakeSocketMode.envelopeOf(socket.slack.command(alice, "C_BROKEN", "/ticket", "Never stored"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) noUser.get("payload")).remove("user_id");
        assertThat(SlackSocketFixture.text(socket.deliver(conn, noUser))).isEmpty();
        var notAnObject = FakeSocketMode.envelopeOf(socket.slack.command(alice, "C_BROKEN", "/ticket", "Never stored"));
        notAnObject.put("payload", "garbage");
        assertThat(SlackSocketFixture.text(socket.deliver(conn, notAnObject))).isEmpty();
        var unknownButton = FakeSocketMode.envelopeOf(socket.slack.click(alice, "C_BROKEN", "self_destruct", "x", socket.slack.responseUrl()));
        assertThat(SlackSocketFixture.text(socket.deliver(conn, unknownButton))).isEmpty();
        conn.send("this is not JSON");

        var works = socket.deliver(conn, FakeSocketMode.envelopeOf(socket.slack.command(alice, "C_BROKEN", "/ticket", "Still served")));
        assertThat(SlackSocketFixture.text(works)).contains("Ticket #", "opened");
        assertThat(new Records(socket.server.db).count("SELECT COUNT(*) FROM tickets WHERE title = ?", "Never stored")).isZero();
        assertThat(socket.socket.connections()).hasSize(2);
        assertThat(Http.get(socket.server.url("/health")).body()).contains("\"slack\":\"CONNECTED\"");
    }

    @Test
    void theAppToken_opensConnections_andNoHttpEndpointIsServed() {
        var opens = socket.api.calls("/api/apps.connections.open");
        assertThat(opens).isNotEmpty();
        assertThat(opens).allSatisfy(c -> assertThat(c.headers().get("authorization")).isEqualTo("Bearer " + SlackSocketFixture.APP_TOKEN));
        var signed = socket.slack.command(alice, "C_HTTP", "/ticket", "Over HTTP");
        assertThat(socket.slack.post(signed).statusCode()).isEqualTo(404);
        assertThat(socket.health()).contains("\"status\":\"UP\"", "\"slack\":\"CONNECTED\"", "\"slack_connections\":\"2/2\"");
    }

    @Test
    void aHandlerStillBusyAtTheAckDeadline_isAckedBare_andItsAnswerFollowsOnTheResponseUrl() throws Exception {
        SocketTiming ackSoon = new SocketTiming(2, Duration.ofMillis(20), Duration.ofMillis(300), Duration.ofSeconds(3),
                Duration.ofSeconds(1), Duration.ofMillis(300));
        try (SlackSocketFixture slow = new SlackSocketFixture(Map.of(), ackSoon);
             Connection db = slow.server.db.connect()) {
            // another transaction holds the ticket counter: opening a ticket waits for it
            db.setAutoCommit(false);
            try (var hold = db.prepareStatement("SELECT next_value FROM sequences WHERE name = 'ticket' FOR UPDATE")) {
                hold.executeQuery().close();
            }
            var envelope = FakeSocketMode.envelopeOf(slow.slack.command(alice, "C_SLOW", "/ticket", "Opened while the database waits"));
            String id = slow.socket.send(slow.socket.connections().get(0), envelope);
            var ack = slow.socket.awaitAck(id, WAIT);
            assertThat(slow.socket.ackDelay(id)).isLessThan(Duration.ofSeconds(3));
            assertThat(ack.payload()).as("acked before the answer was ready").isNull();

            db.commit();
            String responseUrl = envelope.path("payload").path("response_url").asText();
            var late = slow.api.await(responseUrl.substring(slow.api.url().length()), 1, c -> true, WAIT);
            assertThat(late).hasSize(1);
            assertThat(late.get(0).body()).contains("Ticket #1 opened", "in_channel");
            assertThat(slow.socket.acks(id)).hasSize(1);
        }
    }
}
