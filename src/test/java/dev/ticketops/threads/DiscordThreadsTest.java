package dev.ticketops.threads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.support.DiscordClient;
import dev.ticketops.support.DiscordClient.User;
import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.RunningServer;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * On Discord (HTTP interactions) the bot posts the ticket card in the channel and starts a thread on it over REST;
 * the estimate and the closure are posted in that thread (a thread is a channel), and the card is edited in place as
 * the ticket changes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordThreadsTest {
    static final String API = "/api/v10";
    static final Duration WAIT = Duration.ofSeconds(20);
    static final String CHANNEL = "700000000000000012";
    static final Pattern OPENED = Pattern.compile("Ticket #(\\d+) opened");

    final DiscordClient discord = new DiscordClient(null);
    final User staff = new User("100000000000000001", "sam");
    final User alice = new User("100000000000000002", "alice");
    final AtomicLong ids = new AtomicLong(900000000000000000L);

    FakeHttp fake;
    RunningServer server;

    @BeforeAll
    void start() throws Exception {
        fake = new FakeHttp();
        fake.respondWith(c -> {
            if (c.method().equals("POST") && c.path().endsWith("/threads")) {
                // the thread takes the id of the message it starts on, as Discord does
                String message = c.path().replaceAll(".*/messages/(\\d+)/threads", "$1");
                return FakeHttp.Answer.json(201, "{\"id\":\"" + message + "\",\"type\":11}");
            }
            if (c.method().equals("POST") && c.path().endsWith("/messages")) {
                return FakeHttp.Answer.json(200, "{\"id\":\"" + ids.incrementAndGet() + "\"}");
            }
            return FakeHttp.Answer.json(200, "{\"id\":\"" + c.path().replaceAll(".*/", "") + "\"}");
        });
        server = new RunningServer(dev.ticketops.support.TestDatabases.newDatabase(), Map.of("DISCORD_PUBLIC_KEY", discord.publicKeyHex(), "DISCORD_APPLICATION_ID",
                DiscordClient.APP, "DISCORD_BOT_TOKEN", "t", "DISCORD_API_URL", fake.url() + API,
                "STAFF_DISCORD_IDS", staff.id()), Clock.systemUTC(),
                RunningServer.FAST.withDiscordDeferAfter(Duration.ofSeconds(30)));
        discord.at(server.url("/discord/interactions"));
    }

    @AfterAll
    void stop() {
        server.close();
        fake.close();
    }

    @Test
    void theCardStartsAThread_andTheEstimateAndClosureArePostedInIt() {
        var opened = discord.post(DiscordClient.command(DiscordClient.newId(), alice, CHANNEL, "ticket", "open",
                Map.of("title", "VPN drops")));
        Matcher m = OPENED.matcher(opened.body());
        assertThat(m.find()).as(opened.body()).isTrue();
        long n = Long.parseLong(m.group(1));
        // the answer to the command is the opener's (ephemeral); the card in the channel is the bot's own message
        assertThat(opened.body()).contains("\"flags\":64");
        var card = fake.await(API + "/channels/" + CHANNEL + "/messages", 1, c -> c.body().contains("Ticket #" + n + " –"), WAIT);
        assertThat(card).hasSize(1);
        var threads = fake.await(API + "/channels/" + CHANNEL + "/messages/" + cardId(card.get(0))
                + "/threads", 1, c -> c.method().equals("POST"), WAIT);
        assertThat(threads).hasSize(1);
        assertThat(threads.get(0).body()).contains("\"name\":\"Ticket #" + n + " – VPN drops\"");
        String thread = String.valueOf(cardId(card.get(0)));

        discord.post(DiscordClient.command(DiscordClient.newId(), staff, CHANNEL, "estimate", null, Map.of("ticket", n, "hours", "1h")));
        assertThat(fake.await(API + "/channels/" + thread + "/messages", 1, c -> c.body().contains("\"approve:" + n + ":"), WAIT))
                .hasSize(1);
        assertThat(fake.delivered(API + "/channels/" + CHANNEL + "/messages", c -> c.body().contains("\"approve:" + n + ":")))
                .as("not in the channel outside the thread").isEmpty();
        // the card at the root shows the estimate (edited in place)
        assertThat(fake.await(API + "/channels/" + CHANNEL + "/messages/" + thread, 1,
                c -> c.method().equals("PATCH") && c.body().contains("1 hour at"), WAIT)).hasSize(1);

        discord.post(DiscordClient.command(DiscordClient.newId(), staff, CHANNEL, "ticket", "close",
                Map.of("ticket", n, "summary", "Replaced the router")));
        assertThat(fake.await(API + "/channels/" + thread + "/messages", 1, c -> c.body().contains("Replaced the router"), WAIT))
                .hasSize(1);
    }

    /** The id the fake gave the card: the ids are handed out in order of the POSTs to /messages. */
    private long cardId(FakeHttp.Call card) {
        var posts = fake.calls().stream().filter(c -> c.method().equals("POST") && c.path().endsWith("/messages")).toList();
        return 900000000000000001L + posts.indexOf(card);
    }
}
