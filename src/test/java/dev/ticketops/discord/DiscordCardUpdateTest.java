package dev.ticketops.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.support.DiscordClient;
import dev.ticketops.support.DiscordClient.User;
import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.RunningServer;
import dev.ticketops.support.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A deferred click on Discord used to finish the card through the interaction webhook once, with three quick tries:
 * during an outage the "Approved by …" card was lost. It now goes through the outbox as an edit of the clicked message.
 */
class DiscordCardUpdateTest {
    static final String API = "/api/v10";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String CHANNEL = "700000000000000077";

    @Test
    void aDeferredApproval_editsTheCardOnce_afterADiscordOutage() throws Exception {
        TestDatabases.Target db = TestDatabases.newDatabase();
        DiscordClient discord = new DiscordClient(null);
        User staff = new User("100000000000000001", "sam");
        User alice = new User("100000000000000002", "alice");
        try (FakeHttp fake = new FakeHttp()) {
            var up = new java.util.concurrent.atomic.AtomicBoolean(true);
            fake.respondWith(c -> {
                if (!up.get()) {
                    return FakeHttp.Answer.json(503, "{\"message\":\"upstream unavailable\"}");
                }
                return c.method().equals("POST") && c.path().endsWith("/messages")
                        ? FakeHttp.Answer.json(200, "{\"id\":\"" + System.nanoTime() + "\"}")
                        : FakeHttp.Answer.json(200, "{\"id\":\"444\"}");
            });
            var tuning = RunningServer.FAST.withDiscordDeferAfter(Duration.ZERO);
            try (RunningServer server = new RunningServer(db, Map.of(
                    "DISCORD_PUBLIC_KEY", discord.publicKeyHex(), "DISCORD_APPLICATION_ID", DiscordClient.APP,
                    "DISCORD_BOT_TOKEN", "t", "DISCORD_API_URL", fake.url() + API, "STAFF_DISCORD_IDS", staff.id()),
                    Clock.systemUTC(), tuning)) {
                discord.at(server.url("/discord/interactions"));
                String openId = DiscordClient.newId();
                discord.post(DiscordClient.command(openId, alice, CHANNEL, "ticket", "open", Map.of("title", "VPN drops")));
                // the opener's answer is private: the deferred reply is edited (the card everyone sees is the bot's message)
                var opened = fake.await(API + "/webhooks/" + DiscordClient.APP + "/tok-" + openId + "/messages/@original", 1,
                        c -> c.body().contains("opened"), WAIT);
                Matcher number = Pattern.compile("Ticket #(\\d+) opened").matcher(opened.get(0).body());
                assertThat(number.find()).isTrue();
                long n = Long.parseLong(number.group(1));
                discord.post(DiscordClient.command(DiscordClient.newId(), staff, CHANNEL, "estimate", null, Map.of("ticket", n, "hours", "1h")));
                // the estimate goes into the ticket's thread (the fake named the thread on the card 444)
                var card = fake.await(API + "/channels/444/messages", 1, c -> c.body().contains("\"approve:" + n + ":"), WAIT);
                Matcher approve = Pattern.compile("approve:" + n + ":\\d+").matcher(card.get(0).body());
                assertThat(approve.find()).isTrue();

                up.set(false);
                String clickId = DiscordClient.newId();
                assertThat(discord.post(DiscordClient.button(clickId, alice, CHANNEL, approve.group())).body()).isEqualTo("{\"type\":6}");
                String edit = API + "/channels/" + CHANNEL + "/messages/444";
                Instant deadline = Instant.now().plus(WAIT);
                while (attempts(db) < 3 && Instant.now().isBefore(deadline)) {
                    Thread.sleep(50);
                }
                assertThat(attempts(db)).isGreaterThanOrEqualTo(3);
                assertThat(fake.delivered(edit, c -> true)).isEmpty();

                up.set(true);
                var edits = fake.await(edit, 1, c -> c.method().equals("PATCH"), WAIT);
                while (!"SENT".equals(status(db)) && Instant.now().isBefore(deadline)) {
                    Thread.sleep(50);
                }
                assertThat(status(db)).isEqualTo("SENT");
                assertThat(fake.delivered(edit, c -> c.method().equals("PATCH"))).hasSize(1);
                assertThat(edits.get(0).body()).contains("Approved by @alice", "\"components\":[]");
            }
        }
    }

    private static int attempts(TestDatabases.Target db) throws Exception {
        return Integer.parseInt(single(db, "SELECT COALESCE(MAX(attempts), 0) FROM outbox WHERE kind = 'ESTIMATE_CARD_DECIDED'"));
    }

    private static String status(TestDatabases.Target db) throws Exception {
        return single(db, "SELECT GROUP_CONCAT(status) FROM outbox WHERE kind = 'ESTIMATE_CARD_DECIDED'");
    }

    private static String single(TestDatabases.Target db, String sql) throws Exception {
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
