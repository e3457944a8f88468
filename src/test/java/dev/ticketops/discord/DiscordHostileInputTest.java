package dev.ticketops.discord;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ticketops.support.DiscordClient;
import dev.ticketops.support.DiscordClient.User;
import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.RunningServer;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

/** Signed Discord interactions whose content is hostile or whose shape is broken. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordHostileInputTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration WAIT = Duration.ofSeconds(15);
    static final String API = "/api/v10";
    static final String MARKER = "BODYMARKER4417";

    final User staff = new User("100000000000000001", "sam");
    final User alice = new User("100000000000000002", "alice");

    FakeHttp fake;
    RunningServer server;
    DiscordClient discord;
    final ListAppender<ILoggingEvent> logs = new ListAppender<>();

    @BeforeAll
    void start() throws Exception {
        fake = new FakeHttp();
        fake.respondWith(c -> c.path().endsWith("/messages") && c.method().equals("POST")
                ? FakeHttp.Answer.json(200, "{\"id\":\"" + System.nanoTime() + "\"}") : FakeHttp.Answer.json(200, "{}"));
        discord = new DiscordClient(null);
        server = new RunningServer(Map.of(
                "DISCORD_PUBLIC_KEY", discord.publicKeyHex(),
                "DISCORD_APPLICATION_ID", DiscordClient.APP,
                "DISCORD_BOT_TOKEN", "bot-token-test",
                "DISCORD_API_URL", fake.url() + API,
                "STAFF_DISCORD_IDS", staff.id()), Clock.systemUTC());
        discord.at(server.url("/discord/interactions"));
        logs.start();
        root().addAppender(logs);
    }

    @AfterAll
    void stop() {
        root().detachAppender(logs);
        server.close();
        fake.close();
    }

    static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + s, e);
        }
    }

    /** Every text Discord renders as markdown in a message: embed title, description, field values, footer. */
    static String rendered(JsonNode message) {
        StringBuilder sb = new StringBuilder();
        for (JsonNode e : message.path("embeds")) {
            sb.append(e.path("title").asText()).append('\n').append(e.path("description").asText()).append('\n');
            e.path("fields").forEach(f -> sb.append(f.path("value").asText()).append('\n'));
            sb.append(e.path("footer").path("text").asText()).append('\n');
        }
        return sb.toString();
    }

    static void assertDefused(JsonNode message) {
        assertThat(message.path("allowed_mentions").path("parse").isArray()).as(message.toString()).isTrue();
        assertThat(message.path("allowed_mentions").path("parse")).isEmpty();
        String text = rendered(message);
        assertThat(text).contains("Reset your password").doesNotContain("](https://evil.example")
                .doesNotContainPattern("@(everyone|here)").doesNotContain("<@100000000000000001>");
    }

    @Test
    void maskedLinksAndMentionsInATicket_areShownAsWords_inTheReplyAndInThePostedCard() {
        var r = discord.post(DiscordClient.command(DiscordClient.newId(), alice, "700000000000000050", "ticket", "open",
                Map.of("title", "[Reset your password](https://evil.example/login) @everyone",
                        "description", "<@100000000000000001> @here see [Reset your password](https://evil.example/x)")));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode reply = json(r.body());
        assertDefused(reply.path("data"));
        assertThat(rendered(reply.path("data"))).contains("[Reset your password]\\(https://evil.example/login)");

        Matcher m = Pattern.compile("Ticket #(\\d+) opened").matcher(reply.toString());
        assertThat(m.find()).isTrue();
        long n = Long.parseLong(m.group(1));
        discord.post(DiscordClient.command(DiscordClient.newId(), staff, "700000000000000050", "estimate", null,
                Map.of("ticket", n, "hours", "1-2h")));
        var posted = fake.await(API + "/channels/700000000000000050/messages", 1, c -> c.body().contains("\"approve:" + n + ":"), WAIT);
        assertThat(posted).hasSize(1);
        assertDefused(json(posted.get(0).body()));
    }

    /** Correctly signed interactions that lack what the handler relies on. */
    enum Broken {
        WITHOUT_ID(n -> n.without("id")),
        WITHOUT_USER(n -> n.without("member")),
        COMMAND_WITHOUT_DATA(n -> n.without("data")),
        COMMAND_WITHOUT_TOKEN(n -> n.without("token")),
        BUTTON_WITHOUT_CUSTOM_ID(n -> n.type(3).without("data"));

        final Function<Json, Json> change;

        Broken(Function<Json, Json> change) {
            this.change = change;
        }
    }

    record Json(ObjectNode node) {
        Json without(String field) {
            node.remove(field);
            return this;
        }

        Json type(int type) {
            node.put("type", type);
            return this;
        }
    }

    @ParameterizedTest
    @EnumSource(Broken.class)
    void signedButBrokenInteractions_are400_withOneWarnLine_andNoBodyInTheLog(Broken broken) {
        ObjectNode valid = DiscordClient.command(DiscordClient.newId(), new User("100000000000000002", "alice " + MARKER),
                "700000000000000051", "ticket", "open", Map.of("title", "Broken " + MARKER));
        logs.list.clear();

        var r = discord.post(broken.change.apply(new Json(valid)).node());

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).doesNotContain(MARKER);
        List<ILoggingEvent> events = List.copyOf(logs.list);
        assertThat(events).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.WARN))
                .extracting(ILoggingEvent::getFormattedMessage).hasSize(1).allMatch(m -> m.startsWith("Discord request refused: "));
        assertThat(events).extracting(ILoggingEvent::getFormattedMessage).noneMatch(m -> m.contains(MARKER));
    }
}
