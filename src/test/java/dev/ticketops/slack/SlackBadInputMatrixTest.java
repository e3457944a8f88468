package dev.ticketops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ticketops.chat.ActionCodec;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.support.DbFootprint;
import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.RunningServer;
import dev.ticketops.support.SlackClient;
import dev.ticketops.support.SlackClient.User;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input at {@code POST /slack/events}, case by case: the status (or the refusal the clicker sees), a reason, the
 * database as it was, and nothing sent to Slack's Web API. The shapes {@link SlackHostileInputTest} already covers
 * (missing fields, an unknown interaction or event type) are not repeated here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackBadInputMatrixTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String CHANNEL = "C_MATRIX";

    final User staff = new User("U_STAFF", "sam");
    final User alice = new User("U_ALICE", "alice");

    FakeHttp fake;
    RunningServer server;
    SlackClient slack;
    TicketNumber ticket;
    long estimate;
    TicketNumber otherTicket;
    long otherEstimate;

    @BeforeAll
    void start() {
        try {
            fake = new FakeHttp();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        fake.respondWith(c -> switch (c.path()) {
            case "/api/auth.test" -> FakeHttp.Answer.json(200,
                    "{\"ok\":true,\"user\":\"ticketops\",\"team\":\"Agency\",\"user_id\":\"UBOT\",\"team_id\":\"" + SlackClient.TEAM + "\"}");
            case "/api/chat.postMessage" -> FakeHttp.Answer.json(200, "{\"ok\":true,\"channel\":\"C\",\"ts\":\"1700000000." + System.nanoTime() % 1000000 + "\"}");
            default -> FakeHttp.Answer.json(200, "{\"ok\":true}");
        });
        server = new RunningServer(Map.of(
                "SLACK_SIGNING_SECRET", SlackClient.SECRET,
                "SLACK_BOT_TOKEN", "xoxb-test-token",
                "SLACK_API_URL", fake.url() + "/api/",
                "STAFF_SLACK_IDS", staff.id(), "SLACK_TEAM_ID", SlackClient.TEAM), Clock.systemUTC());
        slack = new SlackClient(server.url("/slack/events"), fake.url(), Clock.systemUTC());
        ticket = openAndEstimate("Printer jams on page two");
        estimate = estimateOf(ticket);
        otherTicket = openAndEstimate("VPN drops every hour");
        otherEstimate = estimateOf(otherTicket);
    }

    @AfterAll
    void stop() {
        server.close();
        fake.close();
    }

    TicketNumber openAndEstimate(String title) {
        var opened = slack.slash(alice, CHANNEL, "/ticket", title);
        Matcher m = Pattern.compile("Ticket #(\\d+) opened").matcher(opened.body());
        assertThat(m.find()).as(opened.body()).isTrue();
        TicketNumber n = TicketNumber.of(Long.parseLong(m.group(1)));
        slack.slash(staff, CHANNEL, "/estimate", "#" + n.value() + " 2-3h");
        // the card with the buttons goes out through the outbox: wait for it, so no late delivery counts against a case
        assertThat(fake.await("/api/chat.postMessage", 1, c -> c.param("blocks") != null
                && c.param("blocks").contains("approve:" + n.value() + ":"), WAIT)).hasSize(1);
        return n;
    }

    long estimateOf(TicketNumber n) {
        var ctx = new dev.ticketops.support.StoreAccess(server.app.database().stores(), null);
        return ctx.tx(() -> ctx.stores().estimates().current(n).orElseThrow().id());
    }

    DbFootprint footprint() {
        return DbFootprint.settled(server.db);
    }

    List<FakeHttp.Call> webApiCalls() {
        return fake.calls().stream().filter(c -> c.path().startsWith("/api/") && !c.path().equals("/api/auth.test")).toList();
    }

    static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + s, e);
        }
    }

    // ---- signed, but of a kind this app does not handle -------------------------------------------------------------

    /** Correctly signed requests this app has no handler for (beyond those in {@link SlackHostileInputTest}). */
    enum Unhandled {
        A_SLASH_COMMAND_THIS_APP_DOES_NOT_HAVE(s -> command(s, "/frobnicate", "Printer on fire")),
        A_GLOBAL_SHORTCUT(s -> payload(s, interaction(s, "shortcut").put("callback_id", "open_ticket"))),
        A_CLOSED_MODAL(s -> payload(s, interaction(s, "view_closed"))),
        A_BLOCK_SUGGESTION(s -> payload(s, interaction(s, "block_suggestion").put("action_id", "ticket").put("value", "1"))),
        A_LEGACY_INTERACTIVE_MESSAGE(s -> payload(s, interaction(s, "interactive_message").put("callback_id", "x"))),
        A_LEGACY_DIALOG_SUBMISSION(s -> payload(s, interaction(s, "dialog_submission").put("callback_id", "x"))),
        AN_INTERACTION_WITHOUT_A_TYPE(s -> payload(s, interaction(s, "x").without("type"))),
        A_PAYLOAD_THAT_IS_A_JSON_ARRAY(s -> s.sign(SlackClient.form(Map.of("payload", "[]")), FORM)),
        A_JSON_BODY_THAT_IS_AN_ARRAY(s -> s.sign("[{\"type\":\"event_callback\"}]", "application/json")),
        A_JSON_BODY_THAT_IS_NULL(s -> s.sign("null", "application/json")),
        A_URL_VERIFICATION_WITHOUT_CHALLENGE(s -> s.sign("{\"type\":\"url_verification\",\"token\":\"legacy\"}", "application/json")),
        NO_CONTENT_TYPE(s -> s.sign(commandBody(s, "/ticket", "Printer on fire"), "")),
        A_MULTIPART_BODY(s -> s.sign(commandBody(s, "/ticket", "Printer on fire"), "multipart/form-data; boundary=x")),
        A_FORM_WITH_A_BROKEN_PERCENT_ESCAPE(s -> s.sign("command=%2Fticket&text=%ZZ&user_id=U_ALICE", FORM)),
        A_BUTTON_THIS_APP_NEVER_SENT(s -> s.click(new User("U_ALICE", "alice"), CHANNEL, "frobnicate", "frobnicate:1:1", s.responseUrl())),
        A_BUTTON_WHOSE_ACTION_ID_IS_NOT_EXACT(s -> s.click(new User("U_ALICE", "alice"), CHANNEL, "APPROVE", "approve:1:1", s.responseUrl())),
        AN_EVENT_THIS_APP_DOES_NOT_SUBSCRIBE_TO(s -> s.event("Ev" + System.nanoTime(), JSON.createObjectNode()
                .put("type", "reaction_added").put("user", "U_ALICE").put("reaction", "thumbsup"))),
        A_FORM_THIS_APP_NEVER_OPENED(s -> {
            ObjectNode p = (ObjectNode) json(decodePayload(s.submitTicketForm(new User("U_ALICE", "alice"), CHANNEL, "Fix it", "now", false)));
            ((ObjectNode) p.path("view")).put("callback_id", "not_ours");
            return s.sign(SlackClient.form(Map.of("payload", p.toString())), FORM);
        });

        final Function<SlackClient, SlackClient.Signed> body;

        Unhandled(Function<SlackClient, SlackClient.Signed> body) {
            this.body = body;
        }
    }

    static final String FORM = "application/x-www-form-urlencoded";

    static String commandBody(SlackClient s, String command, String text) {
        Map<String, String> f = new LinkedHashMap<>(Map.of("token", "legacy", "team_id", SlackClient.TEAM, "channel_id", CHANNEL,
                "user_id", "U_ALICE", "user_name", "alice", "command", command, "text", text,
                "response_url", s.responseUrl(), "trigger_id", "trigger-1"));
        return SlackClient.form(f);
    }

    static SlackClient.Signed command(SlackClient s, String command, String text) {
        return s.sign(commandBody(s, command, text), FORM);
    }

    record Node(ObjectNode node) {
        Node put(String field, String value) {
            node.put(field, value);
            return this;
        }

        Node without(String field) {
            node.remove(field);
            return this;
        }
    }

    static Node interaction(SlackClient s, String type) {
        ObjectNode p = JSON.createObjectNode().put("type", type).put("api_app_id", "A0APP").put("token", "legacy")
                .put("trigger_id", "trigger-1").put("response_url", s.responseUrl());
        p.putObject("team").put("id", SlackClient.TEAM);
        p.putObject("user").put("id", "U_ALICE").put("username", "alice").put("team_id", SlackClient.TEAM);
        p.putObject("channel").put("id", CHANNEL);
        return new Node(p);
    }

    static SlackClient.Signed payload(SlackClient s, Node p) {
        return s.sign(SlackClient.form(Map.of("payload", p.node().toString())), FORM);
    }

    @ParameterizedTest
    @EnumSource(Unhandled.class)
    void signedRequestsOfAKindThisAppDoesNotHandle_are400WithAReason_andChangeNothing(Unhandled kind) {
        DbFootprint before = footprint();
        int sent = webApiCalls().size();

        var r = slack.post(kind.body.apply(slack));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(json(r.body()).path("error").asText()).isNotBlank();
        assertThat(footprint()).isEqualTo(before);
        assertThat(webApiCalls()).hasSize(sent);
    }

    static String decodePayload(SlackClient.Signed signed) {
        return URLDecoder.decode(signed.body().substring("payload=".length()), StandardCharsets.UTF_8);
    }

    // ---- the timestamp header ---------------------------------------------------------------------------------------

    static Stream<Arguments> badTimestamps() {
        long now = Clock.systemUTC().instant().getEpochSecond();
        return Stream.of(
                Arguments.of("missing", null),
                Arguments.of("empty", ""),
                Arguments.of("blank", "   "),
                Arguments.of("not a number", "yesterday"),
                Arguments.of("a decimal", now + ".5"),
                Arguments.of("in milliseconds", Long.toString(now * 1000)),
                Arguments.of("six minutes old", Long.toString(now - 360)),
                Arguments.of("six minutes ahead", Long.toString(now + 360)),
                Arguments.of("negative", "-1"),
                Arguments.of("zero", "0"),
                Arguments.of("beyond a long", "99999999999999999999"),
                Arguments.of("hexadecimal", "0x" + Long.toHexString(now)),
                Arguments.of("with a sign", "+" + now));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTimestamps")
    void aBadTimestampHeader_is401_evenWhenTheSignatureCoversIt_andChangesNothing(String label, String timestamp) {
        DbFootprint before = footprint();
        int sent = webApiCalls().size();
        String body = commandBody(slack, "/ticket", "Would open a ticket");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", FORM);
        if (timestamp != null) {
            headers.put("X-Slack-Request-Timestamp", timestamp);
        }
        // signed with the very timestamp sent: only the timestamp itself is wrong
        headers.put("X-Slack-Signature", new SlackSignature(SlackClient.SECRET).sign(timestamp == null ? "" : timestamp,
                body.getBytes(StandardCharsets.UTF_8)));

        var r = dev.ticketops.support.Http.post(server.url("/slack/events"), body, headers);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(401);
        assertThat(json(r.body()).path("error").asText()).startsWith("invalid request: ");
        assertThat(footprint()).isEqualTo(before);
        assertThat(webApiCalls()).hasSize(sent);
    }

    @Test
    void theSameBodyWithAFreshTimestamp_isAccepted_soTheTimestampIsWhatTheMatrixRefuses() {
        String body = commandBody(slack, "/ticket", "list");
        String ts = Long.toString(Clock.systemUTC().instant().getEpochSecond());
        var r = dev.ticketops.support.Http.post(server.url("/slack/events"), body, Map.of("Content-Type", FORM,
                "X-Slack-Request-Timestamp", ts, "X-Slack-Signature",
                new SlackSignature(SlackClient.SECRET).sign(ts, body.getBytes(StandardCharsets.UTF_8))));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    // ---- a body over 1 MB without a Content-Length -------------------------------------------------------------------

    record RawResponse(int status, String head, String body) {
    }

    /** Sends a signed body in chunks, without a Content-Length, over a plain socket; reads what the server answers. */
    RawResponse postChunked(byte[] body) throws Exception {
        SlackClient.Signed signed = slack.sign(new String(body, StandardCharsets.UTF_8), FORM);
        URI uri = URI.create(server.url("/slack/events"));
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            String head = "POST " + uri.getPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nContent-Type: " + FORM + "\r\nTransfer-Encoding: chunked\r\nConnection: close"
                    + "\r\nX-Slack-Request-Timestamp: " + signed.timestamp() + "\r\nX-Slack-Signature: " + signed.signature() + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            int chunk = 64 * 1024;
            try {
                for (int off = 0; off < body.length; off += chunk) {
                    int len = Math.min(chunk, body.length - off);
                    out.write((Integer.toHexString(len) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body, off, len);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (java.net.SocketException stoppedReading) {
                // the server may answer and close before the whole body is sent: its answer is still there to read
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            in.transferTo(got);
            String text = got.toString(StandardCharsets.ISO_8859_1);
            int split = text.indexOf("\r\n\r\n");
            String responseHead = split < 0 ? text : text.substring(0, split);
            Matcher status = Pattern.compile("^HTTP/1\\.1 (\\d{3})").matcher(responseHead);
            assertThat(status.find()).as(text).isTrue();
            return new RawResponse(Integer.parseInt(status.group(1)), responseHead, split < 0 ? "" : text.substring(split + 4));
        }
    }

    static byte[] commandOfSize(SlackClient s, int size) {
        String start = commandBody(s, "/ticket", "Chunked ticket ") ;
        StringBuilder sb = new StringBuilder(start).append("&padding=");
        while (sb.length() < size) {
            sb.append('a');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aChunkedBodyOverOneMegabyte_withoutAContentLength_is413_andChangesNothing() throws Exception {
        DbFootprint before = footprint();
        int sent = webApiCalls().size();

        RawResponse r = postChunked(commandOfSize(slack, 1_500_000));

        assertThat(r.status()).as(r.head()).isEqualTo(413);
        assertThat(r.head().toLowerCase(java.util.Locale.ROOT)).doesNotContain("content-length: 0\r\n\r\n");
        assertThat(footprint()).isEqualTo(before);
        assertThat(webApiCalls()).hasSize(sent);
    }

    @Test
    void aSmallChunkedCommand_isServed_soTheLimitIsWhatRefusesTheLargeOne() throws Exception {
        RawResponse r = postChunked(commandBody(slack, "/ticket", "list").getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.head() + r.body()).isEqualTo(200);
    }

    // ---- button values ----------------------------------------------------------------------------------------------

    /** A button value derived from a valid one the codec wrote for {@code ticket} and its estimate. */
    enum ButtonValue {
        GARBAGE(m -> "%%not a button%%", "not one I know"),
        EMPTY(m -> "", "not one I know"),
        ANOTHER_TICKETS_ESTIMATE(m -> ActionCodec.encode(Decision.APPROVED, m.ticket, m.otherEstimate), null),
        AN_ESTIMATE_ON_A_TICKET_THAT_DOES_NOT_EXIST(m -> ActionCodec.encode(Decision.APPROVED, TicketNumber.of(987654), m.estimate), null),
        A_NEGATIVE_TICKET(m -> m.valid().replace(":" + m.ticket.value() + ":", ":-" + m.ticket.value() + ":"), "not one I know"),
        A_NEGATIVE_ESTIMATE(m -> m.valid().replaceAll(":\\d+$", ":-" + m.estimate), "not one I know"),
        TICKET_ZERO(m -> m.valid().replace(":" + m.ticket.value() + ":", ":0:"), "not one I know"),
        AN_OVERFLOWING_TICKET(m -> m.valid().replace(":" + m.ticket.value() + ":", ":99999999999999999999:"), "not one I know"),
        AN_OVERFLOWING_ESTIMATE(m -> m.valid().replaceAll(":\\d+$", ":99999999999999999999"), "not one I know"),
        A_WRONG_PREFIX(m -> m.valid().replaceFirst("^approve", "approval"), "not one I know"),
        AN_EXTRA_TIME_PREFIX_ON_AN_ESTIMATE(m -> "x" + m.valid(), null),
        A_MISSING_PART(m -> m.valid().replaceAll(":\\d+$", ""), "not one I know"),
        AN_EXTRA_PART(m -> m.valid() + ":1", "not one I know"),
        TRAILING_SPACE(m -> m.valid() + " ", "not one I know"),
        NON_ASCII_DIGITS(m -> m.valid().replace(":" + m.ticket.value() + ":", ":\u0661:"), "not one I know"),
        UPPER_CASE(m -> m.valid().toUpperCase(java.util.Locale.ROOT), "not one I know");

        final Function<SlackBadInputMatrixTest, String> value;
        /** Part of the refusal when it is the codec's; null where the use case refuses in its own words. */
        final String says;

        ButtonValue(Function<SlackBadInputMatrixTest, String> value, String says) {
            this.value = value;
            this.says = says;
        }
    }

    String valid() {
        return ActionCodec.encode(Decision.APPROVED, ticket, estimate);
    }

    @ParameterizedTest
    @EnumSource(ButtonValue.class)
    void aMalformedOrForeignButtonValue_isRefusedToTheClicker_withAReason_andChangesNothing(ButtonValue bad) {
        DbFootprint before = footprint();
        int sent = webApiCalls().size();
        String value = bad.value.apply(this);
        assertThat(value).isNotEqualTo(valid());
        String url = slack.responseUrl();

        // the action id is the button's own (Slack sends it as the app defined it); the value is what is broken
        var r = slack.post(slack.click(alice, CHANNEL, ActionCodec.APPROVE, value, url));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        var answers = fake.await(url.substring(fake.url().length()), 1, c -> true, WAIT);
        assertThat(answers).as("the clicker is told why").hasSize(1);
        JsonNode said = json(answers.get(0).body());
        assertThat(said.path("response_type").asText("ephemeral")).isEqualTo("ephemeral");
        assertThat(said.toString()).doesNotContain("Approved by");
        if (bad.says != null) {
            assertThat(said.toString()).contains(bad.says, "/ticket show");
        }
        assertThat(footprint().without(DbFootprint.REQUEST_LOG)).isEqualTo(before.without(DbFootprint.REQUEST_LOG));
        assertThat(webApiCalls()).hasSize(sent);
        var ctx = new dev.ticketops.support.StoreAccess(server.app.database().stores(), null);
        assertThat(ctx.tx(() -> ctx.stores().estimates().current(ticket).orElseThrow().status()).toString()).isEqualTo("PENDING");
    }
}
