package dev.ticketops.threads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.RunningServer;
import dev.ticketops.support.SlackClient;
import dev.ticketops.support.SlackClient.User;
import java.time.Clock;
import java.time.Duration;
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
 * On Slack the ticket card the bot posts starts the ticket's thread (its ts is the thread_ts): the estimate, the
 * extra-time request and the closure go into it (the estimate and closure also to the channel, reply_broadcast), and
 * the card at the root is edited to show the ticket as it is — the time used of the approved maximum among it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackThreadsTest {
    static final Duration WAIT = Duration.ofSeconds(20);
    static final Pattern OPENED = Pattern.compile("Ticket #(\\d+) opened");

    final User staff = new User("U_STAFF", "sam");
    final User alice = new User("U_ALICE", "alice");
    final AtomicLong ts = new AtomicLong(100);

    FakeHttp fake;
    RunningServer server;
    SlackClient slack;

    @BeforeAll
    void start() throws Exception {
        fake = new FakeHttp();
        fake.respondWith(c -> {
            if (c.path().startsWith("/response/")) {
                return new FakeHttp.Answer(200, "ok", Map.of());
            }
            return switch (c.path()) {
                case "/api/chat.postMessage" -> FakeHttp.Answer.json(200, "{\"ok\":true,\"channel\":\"" + c.param("channel")
                        + "\",\"ts\":\"1700000000." + String.format("%06d", ts.incrementAndGet()) + "\"}");
                case "/api/chat.update" -> FakeHttp.Answer.json(200, "{\"ok\":true,\"ts\":\"" + c.param("ts") + "\"}");
                default -> FakeHttp.Answer.json(200, "{\"ok\":true}");
            };
        });
        server = new RunningServer(Map.of("SLACK_SIGNING_SECRET", SlackClient.SECRET, "SLACK_BOT_TOKEN", "xoxb-test-token",
                "SLACK_API_URL", fake.url() + "/api/", "STAFF_SLACK_IDS", "U_STAFF", "SLACK_TEAM_ID", SlackClient.TEAM),
                Clock.systemUTC());
        slack = new SlackClient(server.url("/slack/events"), fake.url(), Clock.systemUTC());
    }

    @AfterAll
    void stop() {
        server.close();
        fake.close();
    }

    long open(String channel, String title) {
        var r = slack.slash(alice, channel, "/ticket", title);
        Matcher m = OPENED.matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The ticket card the bot posted in the channel (not in a thread); its ts is the thread. */
    String cardTs(String channel, long n) {
        var cards = fake.await("/api/chat.postMessage", 1, c -> channel.equals(c.param("channel")) && c.param("thread_ts") == null
                && c.param("blocks").contains("Ticket #" + n + " –"), WAIT);
        assertThat(cards).hasSize(1);
        return ts(cards.get(0));
    }

    /** The ts the fake gave the call's message: it answered in order, so it is read back from the answer log. */
    String ts(FakeHttp.Call call) {
        int i = fake.calls("/api/chat.postMessage").indexOf(call);
        return "1700000000." + String.format("%06d", 101 + i);
    }

    List<FakeHttp.Call> inThread(String channel, String threadTs, String contains, int n) {
        return fake.await("/api/chat.postMessage", n, c -> channel.equals(c.param("channel"))
                && threadTs.equals(c.param("thread_ts")) && c.param("blocks").contains(contains), WAIT);
    }

    @Test
    void theCardStartsTheThread_andEveryTicketMessageGoesIntoIt() {
        String channel = "C_THREADS";
        long n = open(channel, "Mail is down | since this morning");
        String thread = cardTs(channel, n);
        // the answer to /ticket is for the opener; the card everyone sees is the bot's message
        assertThat(slack.slash(alice, channel, "/ticket", "Second ticket").body()).contains("\"response_type\":\"ephemeral\"");

        slack.slash(staff, channel, "/estimate", "#" + n + " 1-2h");
        var estimate = inThread(channel, thread, "\"approve:" + n + ":", 1);
        assertThat(estimate).hasSize(1);
        assertThat(estimate.get(0).param("reply_broadcast")).isIn("1", "true");
        Matcher approve = Pattern.compile("approve:" + n + ":\\d+").matcher(estimate.get(0).param("blocks"));
        assertThat(approve.find()).isTrue();
        assertThat(slack.post(slack.click(alice, channel, "approve", approve.group(), slack.responseUrl())).statusCode())
                .isEqualTo(200);

        slack.slash(staff, channel, "/log", "1h20m #" + n + " found the cause");
        var card = fake.await("/api/chat.update", 1, c -> thread.equals(c.param("ts"))
                && c.param("blocks").contains("1 hour 20 minutes of 2 hours approved"), WAIT);
        assertThat(card).as("the root card shows the time used of the approved maximum").hasSize(1);
        assertThat(card.get(0).param("channel")).isEqualTo(channel);
        assertThat(card.get(0).param("blocks")).contains("Approved by @alice", "Work in progress");

        slack.slash(staff, channel, "/log", "1h #" + n);
        var extra = inThread(channel, thread, "Extra time for ticket #" + n, 1);
        assertThat(extra).hasSize(1);
        assertThat(extra.get(0).param("reply_broadcast")).isNotIn("1", "true");

        slack.slash(staff, channel, "/ticket", "close #" + n + " replaced the mail relay");
        var closure = inThread(channel, thread, "replaced the mail relay", 1);
        assertThat(closure).hasSize(1);
        assertThat(closure.get(0).param("reply_broadcast")).isIn("1", "true");
        assertThat(fake.await("/api/chat.update", 1, c -> thread.equals(c.param("ts")) && c.param("blocks").contains("Closed"),
                WAIT)).isNotEmpty();
        // nothing about the ticket went to the channel outside its thread but the card itself
        assertThat(fake.delivered("/api/chat.postMessage", c -> channel.equals(c.param("channel")) && c.param("thread_ts") == null
                && c.param("blocks").contains("#" + n))).hasSize(1);
    }

    @Test
    void cardEdits_areCoalesced_toTheNewestState() throws Exception {
        String channel = "C_COALESCE";
        long n = open(channel, "Slow pages");
        String thread = cardTs(channel, n);
        slack.slash(staff, channel, "/ticket", "billable #" + n + " no");
        for (int i = 0; i < 4; i++) {
            slack.slash(staff, channel, "/log", "10m #" + n);
        }
        var edits = fake.await("/api/chat.update", 1, c -> thread.equals(c.param("ts")) && c.param("blocks").contains("40 minutes"),
                WAIT);
        assertThat(edits).hasSize(1);
        Thread.sleep(4000);
        assertThat(fake.delivered("/api/chat.update", c -> thread.equals(c.param("ts")))).as("one edit for five changes")
                .hasSizeLessThanOrEqualTo(2);
    }
}
