package dev.ticketops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.RunningServer;
import dev.ticketops.support.SlackClient;
import dev.ticketops.support.SlackClient.User;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/** Signed Slack requests whose content is hostile: markup in people's text never becomes mentions or links. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackHostileInputTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration WAIT = Duration.ofSeconds(15);
    static final String HOSTILE = "<!channel> please look <!here> <@U0BOSS> @channel | sign in at <https://evil.example/login|Slack login>";
    static final List<String> RAW_MARKUP = List.of("<!channel>", "<!here>", "<@U0BOSS>", "<https://evil.example", "|Slack login>");

    final User staff = new User("U_STAFF", "sam");
    final User alice = new User("U_ALICE", "alice");

    /** Planted in every broken body: it must not reach any log line. */
    static final String MARKER = "BODYMARKER7731";
    static final List<String> TABLES = List.of("people", "tickets", "time_entries", "ticket_events", "processed_requests", "outbox");

    FakeHttp fake;
    RunningServer server;
    SlackClient slack;
    ListAppender<ILoggingEvent> logs;

    @BeforeAll
    void start() throws Exception {
        fake = new FakeHttp();
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
                "STAFF_SLACK_IDS", "U_STAFF"), Clock.systemUTC());
        slack = new SlackClient(server.url("/slack/events"), fake.url(), Clock.systemUTC());
    }

    @AfterAll
    void stop() {
        server.close();
        fake.close();
        if (logs != null) {
            root().detachAppender(logs);
        }
    }

    static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    SlackClient.Signed commandFromTeam(String team, User u, String command, String text) {
        Map<String, String> f = new LinkedHashMap<>(Map.of("token", "legacy", "team_id", team, "channel_id", "C_TEAMS",
                "user_id", u.id(), "user_name", u.name(), "command", command, "text", text,
                "response_url", slack.responseUrl(), "trigger_id", "trigger-" + System.nanoTime()));
        return slack.sign(SlackClient.form(f), "application/x-www-form-urlencoded");
    }

    @Test
    void aStaffUserIdFromAnotherWorkspace_isRefused_andGetsNoStaffView() throws Exception {
        Map<String, Long> before = rowCounts();

        var list = slack.post(commandFromTeam("T0OTHER", staff, "/ticket", "list all"));
        var open = slack.post(commandFromTeam("T0OTHER", staff, "/ticket", "Please fix"));

        for (var r : List.of(list, open)) {
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode body = json(r.body());
            assertThat(body.path("response_type").asText()).isEqualTo("ephemeral");
            assertThat(body.toString()).contains("This Slack workspace is not connected to TicketOps", "nothing was done")
                    .doesNotContain("tickets");
        }
        assertThat(rowCounts()).isEqualTo(before);

        var sameUserHere = slack.post(commandFromTeam(SlackClient.TEAM, staff, "/ticket", "list all"));
        assertThat(sameUserHere.body()).contains("All tickets").doesNotContain("not connected");
    }

    @Test
    void aButtonClickFromAnotherWorkspace_isRefusedThroughItsResponseUrl_andDecidesNothing() throws Exception {
        Map<String, Long> before = rowCounts();
        String url = slack.responseUrl();
        Json click = decode(slack.click(alice, "C_TEAMS", "approve", "approve:1:1", url));
        ((ObjectNode) click.node().path("team")).put("id", "T0OTHER");
        ((ObjectNode) click.node().path("user")).put("team_id", "T0OTHER");

        var r = slack.post(slack.sign(SlackClient.form(Map.of("payload", click.node().toString())), "application/x-www-form-urlencoded"));

        assertThat(r.statusCode()).isEqualTo(200);
        String path = url.substring(fake.url().length());
        var answers = fake.await(path, 1, c -> true, WAIT);
        assertThat(answers.get(0).body()).contains("This Slack workspace is not connected to TicketOps");
        assertThat(rowCounts()).isEqualTo(before);
    }

    /** Correctly signed bodies that lack what the handlers rely on. */
    enum Broken {
        COMMAND_WITHOUT_USER(c -> c.form(command(c, "user_id"))),
        COMMAND_WITHOUT_CHANNEL(c -> c.form(command(c, "channel_id"))),
        COMMAND_WITHOUT_TEAM(c -> c.form(command(c, "team_id"))),
        BLOCK_ACTIONS_WITHOUT_ACTIONS(c -> c.payload(click(c).without("actions"))),
        BLOCK_ACTIONS_WITH_NO_ACTION(c -> c.payload(click(c).with("actions", JSON.createArrayNode()))),
        BLOCK_ACTIONS_WITHOUT_USER(c -> c.payload(click(c).without("user"))),
        VIEW_SUBMISSION_WITHOUT_VIEW(c -> c.payload(submission(c).without("view"))),
        VIEW_SUBMISSION_WITHOUT_STATE(c -> c.payload(submission(c).withView(v -> v.remove("state")))),
        EVENT_CALLBACK_WITHOUT_EVENT(c -> c.json(event(c).without("event"))),
        EVENT_CALLBACK_WITH_EMPTY_EVENT(c -> c.json(event(c).with("event", JSON.createObjectNode().put("text", MARKER)))),
        UNKNOWN_INTERACTION_TYPE(c -> c.payload(click(c).with("type", "message_action"))),
        UNKNOWN_EVENT_TYPE(c -> c.json(event(c).with("type", "app_unknown")));

        final Function<Bodies, SlackClient.Signed> body;

        Broken(Function<Bodies, SlackClient.Signed> body) {
            this.body = body;
        }
    }

    /** Builds the broken bodies from valid ones, each carrying {@link #MARKER}. */
    record Bodies(SlackClient slack) {
        SlackClient.Signed form(Map<String, String> fields) {
            return slack.sign(SlackClient.form(fields), "application/x-www-form-urlencoded");
        }

        SlackClient.Signed payload(Json p) {
            return slack.sign(SlackClient.form(Map.of("payload", p.node.toString())), "application/x-www-form-urlencoded");
        }

        SlackClient.Signed json(Json p) {
            return slack.sign(p.node.toString(), "application/json");
        }
    }

    record Json(ObjectNode node) {
        Json without(String field) {
            node.remove(field);
            return this;
        }

        Json with(String field, Object value) {
            if (value instanceof String s) {
                node.put(field, s);
            } else {
                node.set(field, (com.fasterxml.jackson.databind.JsonNode) value);
            }
            return this;
        }

        Json withView(java.util.function.Consumer<ObjectNode> change) {
            change.accept((ObjectNode) node.get("view"));
            return this;
        }
    }

    static Map<String, String> command(Bodies c, String missing) {
        Map<String, String> f = new LinkedHashMap<>(Map.of("token", "legacy", "team_id", SlackClient.TEAM, "channel_id", "C_BROKEN",
                "user_id", "U_ALICE", "user_name", "alice", "command", "/ticket", "text", "Broken " + MARKER,
                "response_url", c.slack().responseUrl(), "trigger_id", "trigger-1"));
        f.remove(missing);
        return f;
    }

    static Json decode(SlackClient.Signed signed) {
        String form = java.net.URLDecoder.decode(signed.body().substring("payload=".length()), java.nio.charset.StandardCharsets.UTF_8);
        return new Json((ObjectNode) json(form));
    }

    static Json click(Bodies c) {
        Json j = decode(c.slack().click(new User("U_ALICE", "alice " + MARKER), "C_BROKEN", "approve", "approve:1:1", c.slack().responseUrl()));
        ((ObjectNode) j.node().path("message")).put("text", MARKER);
        return j;
    }

    static Json submission(Bodies c) {
        return decode(c.slack().submitTicketForm(new User("U_ALICE", "alice"), "C_BROKEN", "Title " + MARKER, MARKER, false));
    }

    static Json event(Bodies c) {
        return new Json((ObjectNode) json(c.slack().event("Ev" + System.nanoTime(),
                SlackClient.directMessage(new User("U_ALICE", "alice"), "D1", "hello " + MARKER)).body()));
    }

    Map<String, Long> rowCounts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (var c = server.app.database().dataSource().getConnection(); var st = c.createStatement()) {
            for (String t : TABLES) {
                try (var rs = st.executeQuery("SELECT COUNT(*) FROM " + t)) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    @ParameterizedTest
    @EnumSource(Broken.class)
    void signedButBrokenPayloads_are400_withOneWarnLine_noBodyInTheLog_andNothingStored(Broken broken) throws Exception {
        if (logs == null) {
            logs = new ListAppender<>();
            logs.start();
            root().addAppender(logs);
        }
        Map<String, Long> before = rowCounts();
        logs.list.clear();

        var r = slack.post(broken.body.apply(new Bodies(slack)));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(json(r.body()).path("error").asText()).isNotBlank().doesNotContain(MARKER);
        List<ILoggingEvent> events = List.copyOf(logs.list);
        assertThat(events).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage).hasSize(1).allMatch(m -> m.startsWith("Slack request refused: "));
        String everything = events.stream().map(e -> e.getFormattedMessage() + " " + (e.getThrowableProxy() == null ? ""
                : e.getThrowableProxy().getMessage())).reduce("", (a, b) -> a + "\n" + b);
        assertThat(everything).doesNotContain(MARKER);
        assertThat(rowCounts()).isEqualTo(before);
    }

    static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + s, e);
        }
    }

    /** Every string Slack parses as markup in a message: the top-level text and each mrkdwn text in the blocks. */
    static List<String> slackTexts(String topLevelText, JsonNode blocks) {
        List<String> out = new ArrayList<>();
        out.add(topLevelText);
        blocks.findValues("text").forEach(t -> out.add(t.isTextual() ? t.asText() : t.path("text").asText()));
        return out;
    }

    static void assertNoMarkupFromPeople(List<String> texts) {
        assertThat(texts).isNotEmpty();
        for (String t : texts) {
            for (String raw : RAW_MARKUP) {
                assertThat(t).as("Slack text %s", t).doesNotContain(raw);
            }
            assertThat(t).doesNotContainPattern("(?<![\\w@])@channel\\b");
        }
    }

    @Test
    void mentionsAndLinksInATicketTitle_reachNeitherThePublicReplyNorThePostedCard() {
        var opened = slack.slash(alice, "C_HOSTILE", "/ticket", HOSTILE);
        assertThat(opened.statusCode()).isEqualTo(200);
        JsonNode reply = json(opened.body());
        // the answer is for the opener; the card everyone sees is the bot's own message, checked below
        assertThat(reply.path("response_type").asText()).isEqualTo("ephemeral");
        List<String> replyTexts = slackTexts(reply.path("text").asText(), reply.path("blocks"));
        assertNoMarkupFromPeople(replyTexts);
        assertThat(reply.path("text").asText()).contains("&lt;!channel&gt; please look", "&lt;@U0BOSS&gt;");
        assertThat(String.join("\n", replyTexts)).contains("&lt;https://evil.example/login|Slack login&gt;");

        Matcher m = Pattern.compile("Ticket #(\\d+) opened").matcher(reply.toString());
        assertThat(m.find()).isTrue();
        long n = Long.parseLong(m.group(1));
        var ticketCard = fake.await("/api/chat.postMessage", 1,
                c -> "C_HOSTILE".equals(c.param("channel")) && c.param("blocks").contains("Ticket #" + n + " –"), WAIT);
        assertThat(ticketCard).hasSize(1);
        assertNoMarkupFromPeople(slackTexts(ticketCard.get(0).param("text"), json(ticketCard.get(0).param("blocks"))));
        slack.slash(staff, "C_HOSTILE", "/estimate", "#" + n + " 1-2h");
        var cards = fake.await("/api/chat.postMessage", 1,
                c -> "C_HOSTILE".equals(c.param("channel")) && c.param("blocks").contains("approve:" + n + ":"), WAIT);
        assertThat(cards).hasSize(1);
        var card = cards.get(0);
        assertNoMarkupFromPeople(slackTexts(card.param("text"), json(card.param("blocks"))));
        assertThat(card.param("text")).contains("&lt;!channel&gt;");
    }
}
