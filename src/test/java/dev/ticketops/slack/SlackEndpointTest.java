package dev.ticketops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.Http;
import dev.ticketops.support.RunningServer;
import dev.ticketops.support.SlackClient;
import dev.ticketops.support.SlackClient.User;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.ticketops.support.Records;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Slack over real HTTP: signed requests to the running server, a local fake of the Web API and response_url. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackEndpointTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern OPENED = Pattern.compile("Ticket #(\\d+) opened");
    static final Duration WAIT = Duration.ofSeconds(15);

    final User staff = new User("U_STAFF", "sam");
    final User alice = new User("U_ALICE", "alice");
    final User mallory = new User("U_MALLORY", "mallory");

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
                case "/api/auth.test" -> FakeHttp.Answer.json(200,
                        "{\"ok\":true,\"user\":\"ticketops\",\"team\":\"Agency\",\"user_id\":\"UBOT\",\"team_id\":\"T0TEAM\"}");
                case "/api/chat.postMessage" -> FakeHttp.Answer.json(200,
                        "{\"ok\":true,\"channel\":\"" + c.param("channel") + "\",\"ts\":\"1700000000." + System.nanoTime() % 1000000 + "\"}");
                default -> FakeHttp.Answer.json(200, "{\"ok\":true}");
            };
        });
        server = new RunningServer(Map.of(
                "SLACK_SIGNING_SECRET", SlackClient.SECRET,
                "SLACK_BOT_TOKEN", "xoxb-test-token",
                "SLACK_API_URL", fake.url() + "/api/",
                "STAFF_SLACK_IDS", "U_STAFF"), Clock.systemUTC());
        slack = new SlackClient(server.url("/slack/events"), fake.url(), Clock.systemUTC());
    }

    @AfterAll
    void stop() {
        server.close();
        fake.close();
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    /** The response as decoded JSON text (Slack's Gson escapes apostrophes). */
    static String text(HttpResponse<String> r) {
        return json(r).toString();
    }

    static long ticketNumber(HttpResponse<String> r) {
        Matcher m = OPENED.matcher(r.body());
        assertThat(m.find()).as("ticket opened in %s", r.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    long open(String channel, String title) {
        var r = slack.slash(alice, channel, "/ticket", title);
        assertThat(r.statusCode()).isEqualTo(200);
        return ticketNumber(r);
    }

    /** The posted estimate card for the ticket; returns the Approve button's value. */
    String estimateAndAwaitCard(String channel, long n, String range) {
        var r = slack.slash(staff, channel, "/estimate", "#" + n + " " + range);
        assertThat(json(r).get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(r.body()).contains("Estimate for #" + n + " posted");
        var cards = fake.await("/api/chat.postMessage", 1,
                c -> c.param("channel").equals(channel) && c.param("blocks").contains("\"approve:" + n + ":"), WAIT);
        assertThat(cards).hasSize(1);
        Matcher m = Pattern.compile("approve:" + n + ":\\d+").matcher(cards.get(0).param("blocks"));
        assertThat(m.find()).isTrue();
        return m.group();
    }

    @Test
    void aNewUsersFlow_readsNaturallyInTheChannel() throws Exception {
        String channel = "C_FLOW";
        var opened = slack.slash(alice, channel, "/ticket", "Checkout bug fix | The pay button does nothing");
        JsonNode body = json(opened);
        // the answer is for the opener: the ticket card everyone sees is posted by the bot and starts the thread
        assertThat(body.get("response_type").asText()).isEqualTo("ephemeral");
        long n = ticketNumber(opened);
        assertThat(fake.await("/api/chat.postMessage", 1, c -> c.param("channel").equals(channel) && c.param("thread_ts") == null
                && c.param("blocks").contains("Ticket #" + n + " –"), WAIT)).hasSize(1);
        assertThat(opened.body()).contains("Waiting for an estimate", "/estimate #" + n + " 2-3h");

        String approve = estimateAndAwaitCard(channel, n, "2-3h");
        var card = fake.delivered("/api/chat.postMessage", c -> c.param("blocks").contains(approve)).get(0);
        assertThat(card.param("blocks")).contains("This is a billable support request", "Estimated time: 2–3 hours",
                "Rate: $12/hour", "Please confirm to proceed", "\"style\":\"primary\"", "Decline");

        String url = slack.responseUrl();
        assertThat(slack.post(slack.click(alice, channel, "approve", approve, url)).statusCode()).isEqualTo(200);
        // the card is replaced in place (chat.update on the clicked message), from the outbox
        var replaced = fake.await("/api/chat.update", 1, c -> c.param("channel").equals(channel), WAIT);
        assertThat(replaced).hasSize(1);
        assertThat(replaced.get(0).param("ts")).isEqualTo("1700000000.000100");
        assertThat(replaced.get(0).param("blocks")).contains("Approved by @alice", "work may begin").doesNotContain("\"actions\"");
        assertThat(fake.calls(url.substring(fake.url().length()))).isEmpty();
        var dm = fake.await("/api/chat.postMessage", 1, c -> c.param("channel").equals("U_STAFF")
                && c.param("text") != null && c.param("blocks").contains("approved your estimate") && c.param("blocks").contains("#" + n), WAIT);
        assertThat(dm).hasSize(1);

        var logged = slack.slash(staff, channel, "/log", "1.5h #" + n + " found the cause");
        assertThat(json(logged).get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(logged.body()).contains("Logged 1.5 hours");

        var closed = slack.slash(staff, channel, "/ticket", "close #" + n + " Root cause identified; fix applied and tested");
        assertThat(closed.body()).contains("Closed #" + n);
        var closure = fake.await("/api/chat.postMessage", 1, c -> c.param("channel").equals(channel)
                && c.param("blocks").contains("Ticket #" + n + " closed"), WAIT);
        assertThat(closure).hasSize(1);
        assertThat(closure.get(0).param("blocks")).contains("Work completed:", "Root cause identified", "Time spent: 1.5 hours");
    }

    @Test
    void approve_byStaffOrAStranger_isRefusedPrivately_andTwiceIsHarmless() {
        String channel = "C_APPROVE";
        long n = open(channel, "Renew the TLS certificate");
        String approve = estimateAndAwaitCard(channel, n, "1h");

        String byStaff = slack.responseUrl();
        slack.post(slack.click(staff, channel, "approve", approve, byStaff));
        var staffAnswer = fake.await(byStaff.substring(fake.url().length()), 1, c -> true, WAIT).get(0);
        assertThat(staffAnswer.body()).contains("\"response_type\":\"ephemeral\"", "\"replace_original\":false", "Staff cannot approve");

        String byStranger = slack.responseUrl();
        slack.post(slack.click(mallory, channel, "approve", approve, byStranger));
        assertThat(fake.await(byStranger.substring(fake.url().length()), 1, c -> true, WAIT).get(0).body())
                .contains("ephemeral", "Only the client of ticket #" + n);

        String first = slack.responseUrl();
        slack.post(slack.click(alice, channel, "approve", approve, first));
        assertThat(fake.await("/api/chat.update", 1, c -> c.param("channel").equals(channel), WAIT).get(0).param("blocks"))
                .contains("Approved by @alice");
        String second = slack.responseUrl();
        slack.post(slack.click(alice, channel, "approve", approve, second));
        assertThat(fake.await(second.substring(fake.url().length()), 1, c -> true, WAIT).get(0).body())
                .contains("ephemeral", "already approved by @alice", "Nothing changed");
    }

    @Test
    void aRateLimitedResponseUrl_isRetriedAfterRetryAfter() {
        String channel = "C_RETRY_AFTER";
        long n = open(channel, "Retry-After check");
        String url = slack.responseUrl();
        String path = url.substring(fake.url().length());
        fake.fail(path, 1, new FakeHttp.Answer(429, "rate limited", Map.of("Retry-After", "1")));
        slack.post(slack.click(mallory, channel, "approve", "approve:" + n + ":1", url));
        var delivered = fake.await(path, 1, c -> true, WAIT);
        assertThat(delivered).hasSize(1);
        var calls = fake.calls(path);
        assertThat(calls).hasSize(2);
        assertThat(Duration.between(calls.get(0).at(), calls.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void everyCommandAndRefusal_answersWithWhyAndWhatToDo() {
        String channel = "C_CMDS";
        long n = open(channel, "Printer offline");
        var early = slack.slash(staff, channel, "/log", "1h #" + n);
        assertThat(json(early).get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(text(early)).contains("before the client's approval", "/estimate #" + n);
        assertThat(text(slack.slash(alice, channel, "/estimate", "#" + n + " 2h"))).contains("Only agency staff can post an estimate");
        assertThat(text(slack.slash(staff, channel, "/estimate", "#" + n + " lots"))).contains("not a duration", "Usage: /estimate");
        assertThat(text(slack.slash(staff, channel, "/log", "1.5h"))).contains("On which ticket", "/log &lt;duration&gt; #N");
        assertThat(text(slack.slash(alice, channel, "/ticket", "show #" + n))).contains("Printer offline", "Status");
        assertThat(json(slack.slash(alice, channel, "/ticket", "list")).get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(text(slack.slash(alice, channel, "/ticket", "help"))).contains("/ticket list", "/estimate", "/log undo");
        assertThat(text(slack.slash(staff, channel, "/ticket", "billable #" + n + " no"))).contains("non-billable");
        assertThat(text(slack.slash(staff, channel, "/log", "20m #" + n))).contains("Logged 20 minutes");
        assertThat(text(slack.slash(staff, channel, "/log", "undo"))).contains("Removed your entry of 20 minutes");
        assertThat(text(slack.slash(staff, channel, "/ticket", "close #" + n + " Replaced toner"))).contains("Closed #" + n);
        assertThat(text(slack.slash(staff, channel, "/log", "20m #" + n))).as("a refusal names the command in Slack's text")
                .contains("Reopen it with /ticket reopen #" + n + " if the work continues.");
        assertThat(text(slack.slash(staff, channel, "/ticket", "reopen #" + n))).contains("reopened");
        assertThat(text(slack.slash(staff, "C_ACME", "/ticket", "link Acme Corp"))).contains("linked to Acme Corp");
        assertThat(text(slack.slash(alice, channel, "/ticket", "show #999999"))).contains("does not exist");
    }

    @Test
    void ticketWithNoText_opensTheModal_whoseSubmissionOpensTheTicket_andShowsErrorsInline() {
        String channel = "C_MODAL";
        var ack = slack.slash(alice, channel, "/ticket", "");
        assertThat(ack.statusCode()).isEqualTo(200);
        var opened = fake.await("/api/views.open", 1, c -> c.param("view").contains("\"private_metadata\":\"" + channel + "\""), WAIT);
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).param("trigger_id")).startsWith("trigger-");
        assertThat(opened.get(0).param("view")).contains("\"callback_id\":\"ticket_open\"", "\"block_id\":\"title\"", "Urgent");

        var empty = slack.post(slack.submitTicketForm(alice, channel, "   ", null, false));
        JsonNode errors = json(empty);
        assertThat(errors.get("response_action").asText()).isEqualTo("errors");
        assertThat(errors.get("errors").get("title").asText()).contains("needs a title");
        var tooLong = slack.post(slack.submitTicketForm(alice, channel, "x".repeat(201), null, false));
        assertThat(json(tooLong).get("errors").get("title").asText()).contains("201 characters");

        var ok = slack.post(slack.submitTicketForm(alice, channel, "Laptop will not boot", "Since the update", true));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).doesNotContain("errors");
        var card = fake.await("/api/chat.postMessage", 1, c -> c.param("channel").equals(channel)
                && c.param("blocks").contains("Laptop will not boot"), WAIT);
        assertThat(card).hasSize(1);
        assertThat(card.get(0).param("blocks")).contains("Ticket #", "urgent", "Since the update");
        // the opener hears that it was opened, beside the card
        assertThat(fake.await("/api/chat.postEphemeral", 1, c -> c.param("channel").equals(channel)
                && c.param("blocks").contains("opened – Laptop will not boot"), WAIT)).hasSize(1);
    }

    @Test
    void badMissingStaleAndFutureSignatures_are401() {
        var good = slack.command(alice, "C_SEC", "/ticket", "Should never open");
        var tampered = new SlackClient.Signed(good.body().replace("Should", "Would"), good.contentType(), good.timestamp(), good.signature());
        assertThat(slack.post(tampered).statusCode()).isEqualTo(401);
        assertThat(Http.post(server.url("/slack/events"), good.body(), Map.of("Content-Type", good.contentType())).statusCode()).isEqualTo(401);
        long now = Clock.systemUTC().instant().getEpochSecond();
        assertThat(slack.post(slack.sign(good.body(), good.contentType(), now - 301)).statusCode()).isEqualTo(401);
        assertThat(slack.post(slack.sign(good.body(), good.contentType(), now + 301)).statusCode()).isEqualTo(401);
        assertThat(slack.post(slack.sign(good.body(), good.contentType(), now + 120)).statusCode()).isEqualTo(200);
    }

    @Test
    void oversizedAndMalformedBodies_are413And400() {
        var huge = slack.sign("text=" + "a".repeat(2_000_000), "application/x-www-form-urlencoded");
        assertThat(slack.post(huge).statusCode()).isEqualTo(413);
        var badPayload = slack.sign("payload=%7Bnot-json", "application/x-www-form-urlencoded");
        assertThat(slack.post(badPayload).statusCode()).isEqualTo(400);
        assertThat(slack.post(slack.sign("{\"type\":", "application/json")).statusCode()).isEqualTo(400);
        assertThat(slack.post(slack.sign("hello", "text/plain")).statusCode()).isEqualTo(400);
        assertThat(slack.post(slack.sign("foo=bar", "application/x-www-form-urlencoded")).statusCode()).isEqualTo(400);
    }

    @Test
    void aRetryOrReplayOfOneDelivery_actsOnce_andGetsTheFirstAnswer() {
        String channel = "C_REPLAY";
        var signed = slack.command(alice, channel, "/ticket", "Exactly one ticket please");
        var first = slack.post(signed);
        var replay = slack.post(signed);
        var retry = slack.post(signed, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(retry.body()).isEqualTo(first.body());
        var list = slack.slash(staff, channel, "/ticket", "list all");
        assertThat(Pattern.compile("Exactly one ticket please").matcher(list.body()).results().count()).isEqualTo(1);

        // an Events API retry comes with a new signature but the same event id: one answer only
        var dm1 = slack.event("Ev_RETRY_1", SlackClient.directMessage(alice, "D_ALICE", "can you fix my wifi?"));
        slack.post(dm1);
        var dm2 = slack.event("Ev_RETRY_1", SlackClient.directMessage(alice, "D_ALICE", "can you fix my wifi?"));
        slack.post(dm2, Map.of("X-Slack-Retry-Num", "1"));
        var answers = fake.await("/api/chat.postMessage", 1, c -> c.param("channel").equals("D_ALICE"), WAIT);
        // whether to answer is decided before the ack; a later DM's answer arriving means the retry's ack came and went
        slack.post(slack.event("Ev_RETRY_MARKER", SlackClient.directMessage(alice, "D_MARKER", "and my printer?")));
        assertThat(fake.await("/api/chat.postMessage", 1, c -> c.param("channel").equals("D_MARKER"), WAIT)).hasSize(1);
        assertThat(fake.delivered("/api/chat.postMessage", c -> c.param("channel").equals("D_ALICE"))).hasSize(1);
        assertThat(answers.get(0).param("blocks")).contains("No ticket = no work", "/ticket");
    }

    @Test
    void mentionsGetTheTicketOnlyRulePrivately_andUrlVerificationIsAnswered() {
        slack.post(slack.event("Ev_MENTION_1", SlackClient.mention(alice, "C_GENERAL", "<@UBOT> please look at the VPN")));
        var eph = fake.await("/api/chat.postEphemeral", 1, c -> c.param("channel").equals("C_GENERAL"), WAIT);
        assertThat(eph).hasSize(1);
        assertThat(eph.get(0).param("user")).isEqualTo("U_ALICE");
        assertThat(eph.get(0).param("blocks")).contains("No ticket = no work");

        var challenge = slack.post(slack.sign("{\"token\":\"legacy\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}",
                "application/json"));
        assertThat(challenge.statusCode()).isEqualTo(200);
        assertThat(challenge.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void whileSlackAnswers500And429_messagesWaitAndArriveExactlyOnce() {
        String channel = "C_OUTAGE";
        long n = open(channel, "Mail server down");
        fake.fail("/api/chat.postMessage", 4, FakeHttp.Answer.json(500, "{\"ok\":false,\"error\":\"internal_error\"}"));
        fake.fail("/api/chat.postMessage", 2, new FakeHttp.Answer(429, "{\"ok\":false,\"error\":\"ratelimited\"}",
                Map.of("Content-Type", "application/json", "Retry-After", "1")));
        slack.slash(staff, channel, "/estimate", "#" + n + " 3-4h");
        slack.slash(staff, channel, "/ticket", "billable #" + n + " yes");
        var cards = fake.await("/api/chat.postMessage", 1, c -> c.param("blocks").contains("\"approve:" + n + ":"), Duration.ofSeconds(30));
        assertThat(cards).hasSize(1);
        new Records(server.db).awaitOutboxSettled(WAIT);
        assertThat(fake.delivered("/api/chat.postMessage", c -> c.param("blocks").contains("\"approve:" + n + ":"))).hasSize(1);
        assertThat(fake.queuedFailures("/api/chat.postMessage")).isZero();
        List<FakeHttp.Call> failed = fake.calls("/api/chat.postMessage").stream().filter(c -> c.status() >= 400).toList();
        assertThat(failed).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void healthAndSlack_areServedByTheSameServerOnOnePort() {
        String health = server.url("/health");
        String events = server.url("/slack/events");

        var up = Http.get(health);
        var signed = slack.post(slack.command(alice, "C_PORT", "/ticket", "help"));
        var unsigned = Http.post(events, "command=%2Fticket&text=help", Map.of("Content-Type", "application/x-www-form-urlencoded"));

        assertThat(java.net.URI.create(health).getPort()).isEqualTo(java.net.URI.create(events).getPort());
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).contains("\"status\":\"UP\"");
        assertThat(signed.statusCode()).isEqualTo(200);
        assertThat(text(signed)).contains("/ticket list");
        assertThat(unsigned.statusCode()).isEqualTo(401);
    }

    @AfterEach
    void noInjectedFailureOutlivesItsTest() {
        fake.clearFailures();
    }
}
