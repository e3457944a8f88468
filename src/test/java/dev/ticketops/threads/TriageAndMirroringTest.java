package dev.ticketops.threads;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ticketops.support.DiscordClient;
import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.RunningServer;
import dev.ticketops.support.SlackClient;
import dev.ticketops.support.SlackClient.User;
import dev.ticketops.support.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Both platforms at once, over real HTTP against the fake Slack API and the fake Discord REST: the triage channel on
 * Slack gets a card for every new ticket, the client's thread messages are mirrored into its thread (a Discord client's
 * too), staff messages there stay internal, and /ticket reply from Slack reaches a Discord client's thread.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TriageAndMirroringTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration WAIT = Duration.ofSeconds(20);
    static final String API = "/api/v10";
    static final String TRIAGE = "C_TRIAGE";
    static final String DISCORD_CHANNEL = "700000000000000055";
    static final Pattern OPENED = Pattern.compile("Ticket #(\\d+) opened");

    final User staff = new User("U_STAFF", "sam");
    final User alice = new User("U_ALICE", "alice");
    final DiscordClient.User dora = new DiscordClient.User("100000000000000009", "dora");
    final DiscordClient discord = new DiscordClient(null);
    final AtomicLong ts = new AtomicLong(100);
    final AtomicLong ids = new AtomicLong(910000000000000000L);
    final Map<String, String> slackTs = new HashMap<>();

    TestDatabases.Target db;
    FakeHttp fake;
    RunningServer server;
    SlackClient slack;

    @BeforeAll
    void start() throws Exception {
        db = TestDatabases.newDatabase();
        fake = new FakeHttp();
        fake.respondWith(c -> {
            if (c.path().startsWith("/response/")) {
                return new FakeHttp.Answer(200, "ok", Map.of());
            }
            if (c.path().equals("/api/chat.postMessage")) {
                String t = "1700000000." + String.format("%06d", ts.incrementAndGet());
                synchronized (slackTs) {
                    slackTs.put(c.param("channel") + "|" + c.param("blocks"), t);
                }
                return FakeHttp.Answer.json(200, "{\"ok\":true,\"channel\":\"" + c.param("channel") + "\",\"ts\":\"" + t + "\"}");
            }
            if (c.path().startsWith("/api/") && !c.path().startsWith(API)) {
                return FakeHttp.Answer.json(200, "{\"ok\":true,\"ts\":\"" + c.param("ts") + "\"}");
            }
            if (c.method().equals("POST") && c.path().endsWith("/threads")) {
                return FakeHttp.Answer.json(201, "{\"id\":\"" + c.path().replaceAll(".*/messages/(\\d+)/threads", "$1") + "\"}");
            }
            if (c.method().equals("POST") && c.path().endsWith("/messages")) {
                return FakeHttp.Answer.json(200, "{\"id\":\"" + ids.incrementAndGet() + "\"}");
            }
            return FakeHttp.Answer.json(200, "{\"id\":\"1\"}");
        });
        server = new RunningServer(db, Map.ofEntries(Map.entry("SLACK_SIGNING_SECRET", SlackClient.SECRET),
                Map.entry("SLACK_BOT_TOKEN", "xoxb-test-token"), Map.entry("SLACK_API_URL", fake.url() + "/api/"),
                Map.entry("STAFF_SLACK_IDS", "U_STAFF"), Map.entry("SLACK_TEAM_ID", SlackClient.TEAM),
                Map.entry("TRIAGE_SLACK_CHANNEL", TRIAGE),
                Map.entry("DISCORD_PUBLIC_KEY", discord.publicKeyHex()), Map.entry("DISCORD_APPLICATION_ID", DiscordClient.APP),
                Map.entry("DISCORD_BOT_TOKEN", "t"), Map.entry("DISCORD_API_URL", fake.url() + API),
                Map.entry("STAFF_DISCORD_IDS", "100000000000000001")), Clock.systemUTC(),
                RunningServer.FAST.withDiscordDeferAfter(Duration.ofSeconds(30)));
        slack = new SlackClient(server.url("/slack/events"), fake.url(), Clock.systemUTC());
        discord.at(server.url("/discord/interactions"));
    }

    @AfterAll
    void stop() {
        server.close();
        fake.close();
    }

    /** The ts the fake gave the first message posted in {@code channel} whose blocks contain {@code text}. */
    String postedTs(String channel, String text) {
        var calls = fake.await("/api/chat.postMessage", 1, c -> channel.equals(c.param("channel")) && c.param("blocks").contains(text),
                WAIT);
        assertThat(calls).as("posted in " + channel + ": " + text).isNotEmpty();
        synchronized (slackTs) {
            return slackTs.get(channel + "|" + calls.get(0).param("blocks"));
        }
    }

    static ObjectNode threadMessage(User from, String channel, String threadTs, String ts, String text) {
        return JSON.createObjectNode().put("type", "message").put("channel", channel).put("user", from.id()).put("text", text)
                .put("ts", ts).put("thread_ts", threadTs).put("channel_type", "channel");
    }

    List<String> storedBodies(long ticket) throws Exception {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT author_name, internal, body FROM ticket_messages WHERE ticket_number = " + ticket + " ORDER BY id")) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + (rs.getBoolean(2) ? " [internal]" : "") + ": " + rs.getString(3));
            }
            return rows;
        }
    }

    @Test
    void aClientsThreadMessage_isRecordedRedacted_andMirroredToTriage_whileAStaffNoteStaysInternal() throws Exception {
        String channel = "C_CLIENT";
        var opened = slack.slash(alice, channel, "/ticket", "Mail is down");
        Matcher m = OPENED.matcher(opened.body());
        assertThat(m.find()).isTrue();
        long n = Long.parseLong(m.group(1));
        String thread = postedTs(channel, "Ticket #" + n + " –");
        String triage = postedTs(TRIAGE, "New ticket #" + n + " –");
        assertThat(fake.delivered("/api/chat.postMessage", c -> TRIAGE.equals(c.param("channel")) && c.param("blocks")
                .contains("New ticket #" + n)).get(0).param("blocks")).contains("Take it", "\"take:" + n + "\"", "Not billable");

        var event = slack.event("Ev1", threadMessage(alice, channel, thread, "1700000001.000001",
                "the server password is Hunter2-Sup3r-Secret! thanks"));
        assertThat(slack.post(event).statusCode()).isEqualTo(200);
        assertThat(slack.post(slack.event("Ev1-again", threadMessage(alice, channel, thread, "1700000001.000001",
                "the server password is Hunter2-Sup3r-Secret! thanks"))).statusCode()).isEqualTo(200);

        var mirrored = fake.await("/api/chat.postMessage", 1, c -> TRIAGE.equals(c.param("channel"))
                && triage.equals(c.param("thread_ts")) && c.param("blocks").contains("@alice (client, Slack)"), WAIT);
        assertThat(mirrored).hasSize(1);
        assertThat(mirrored.get(0).param("blocks")).doesNotContain("Hunter2");
        var advice = fake.await("/api/chat.postMessage", 1, c -> channel.equals(c.param("channel"))
                && thread.equals(c.param("thread_ts")) && c.param("blocks").contains("please delete it"), WAIT);
        assertThat(advice).hasSize(1);
        assertThat(storedBodies(n)).singleElement().satisfies(s -> assertThat(s).startsWith("alice: ").doesNotContain("Hunter2"));

        // a staff note in the triage thread: recorded as internal, never posted to the client's channel (the staff member
        // used a command before, so TicketOps knows their name: Slack's message events carry only the user id)
        slack.slash(staff, TRIAGE, "/ticket", "list");
        slack.post(slack.event("Ev2", threadMessage(staff, TRIAGE, triage, "1700000001.000002", "internal: check the MX records")));
        // the bot's own message and a thread of no ticket change nothing
        slack.post(slack.event("Ev3", threadMessage(alice, channel, "1600000000.000001", "1700000001.000003", "unrelated")));
        slack.post(slack.event("Ev4", (ObjectNode) threadMessage(alice, channel, thread, "1700000001.000004", "from a bot")
                .put("bot_id", "B1")));
        Thread.sleep(1500);
        assertThat(storedBodies(n)).containsExactly(storedBodies(n).get(0), "sam [internal]: internal: check the MX records");
        assertThat(fake.delivered("/api/chat.postMessage", c -> channel.equals(c.param("channel"))
                && c.param("blocks").contains("MX records"))).isEmpty();
        assertThat(slack.slash(alice, channel, "/ticket", "show #" + n).body()).doesNotContain("MX records");
        assertThat(slack.slash(staff, channel, "/ticket", "show #" + n).body()).contains("MX records", "internal note");

        // an edit is followed (and redacted again); a deletion takes the message out of the conversation
        ObjectNode changed = JSON.createObjectNode().put("type", "message").put("subtype", "message_changed")
                .put("channel", channel).put("ts", "1700000002.000001").put("channel_type", "channel");
        changed.putObject("message").put("type", "message").put("user", alice.id()).put("ts", "1700000001.000001")
                .put("thread_ts", thread).put("text", "sorry, removed it");
        slack.post(slack.event("Ev5", changed));
        assertThat(storedBodies(n).get(0)).isEqualTo("alice: sorry, removed it");
        ObjectNode deleted = JSON.createObjectNode().put("type", "message").put("subtype", "message_deleted")
                .put("channel", channel).put("ts", "1700000003.000001").put("deleted_ts", "1700000001.000001")
                .put("channel_type", "channel");
        slack.post(slack.event("Ev6", deleted));
        assertThat(slack.slash(staff, channel, "/ticket", "show #" + n).body()).doesNotContain("sorry, removed it");

        // Take it, from the triage card
        assertThat(slack.post(slack.click(staff, TRIAGE, "take", "take:" + n, slack.responseUrl())).statusCode()).isEqualTo(200);
        assertThat(fake.await("/api/chat.update", 1, c -> thread.equals(c.param("ts")) && c.param("blocks").contains("@sam"), WAIT))
                .isNotEmpty();
        assertThat(slack.slash(staff, channel, "/ticket", "list mine").body()).contains("#" + n);
    }

    @Test
    void aStaffReplyFromSlack_reachesTheDiscordClientsThread_signed() {
        var opened = discord.post(DiscordClient.command(DiscordClient.newId(), dora, DISCORD_CHANNEL, "ticket", "open",
                Map.of("title", "Shop checkout fails")));
        Matcher m = OPENED.matcher(opened.body());
        assertThat(m.find()).as(opened.body()).isTrue();
        long n = Long.parseLong(m.group(1));
        var card = fake.await(API + "/channels/" + DISCORD_CHANNEL + "/messages", 1, c -> c.body().contains("Ticket #" + n + " –"), WAIT);
        assertThat(card).hasSize(1);
        var posts = fake.calls().stream().filter(c -> c.method().equals("POST") && c.path().endsWith("/messages")).toList();
        String threadId = String.valueOf(910000000000000001L + posts.indexOf(card.get(0)));
        assertThat(fake.await(API + "/channels/" + DISCORD_CHANNEL + "/messages/" + threadId + "/threads", 1, c -> true, WAIT))
                .as(String.join("\n", FakeHttp.lines(fake.calls(), c -> c.method() + " " + c.path()))).hasSize(1);
        // the Discord ticket is on the Slack triage card too
        postedTs(TRIAGE, "New ticket #" + n + " –");

        var reply = slack.slash(staff, "C_ANYWHERE", "/ticket", "reply #" + n + " We found the cause and fixed it.");
        assertThat(reply.body()).contains("Sent to the client", "on the client's platform");

        var posted = fake.await(API + "/channels/" + threadId + "/messages", 1,
                c -> c.body().contains("We found the cause and fixed it."), WAIT);
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0).body()).contains("— sam, support team");
    }
}
