package dev.ticketops.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ticketops.support.DiscordClient;
import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.Http;
import dev.ticketops.support.MutableClock;
import dev.ticketops.support.RunningServer;
import dev.ticketops.support.SlackClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Timers over real HTTP on both platforms, one server, a controllable clock: Slack's text and Discord's options. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimerChatTest {
    static final Pattern OPENED = Pattern.compile("Ticket #(\\d+) opened");
    static final String API = "/api/v10";

    final MutableClock clock = new MutableClock(Instant.now());
    final SlackClient.User slackStaff = new SlackClient.User("U_STAFF", "sam");
    final SlackClient.User slackAlice = new SlackClient.User("U_ALICE", "alice");
    final DiscordClient.User discordStaff = new DiscordClient.User("100000000000000001", "dana");
    final DiscordClient.User discordAlice = new DiscordClient.User("100000000000000002", "alice");

    FakeHttp fake;
    RunningServer server;
    SlackClient slack;
    DiscordClient discord;

    @BeforeAll
    void start() throws Exception {
        fake = new FakeHttp();
        fake.respondWith(c -> switch (c.path()) {
            case "/api/auth.test" -> FakeHttp.Answer.json(200,
                    "{\"ok\":true,\"user\":\"ticketops\",\"team\":\"Agency\",\"user_id\":\"UBOT\",\"team_id\":\"T0TEAM\"}");
            case "/api/chat.postMessage" -> FakeHttp.Answer.json(200, "{\"ok\":true,\"channel\":\"C\",\"ts\":\"1700000000.000001\"}");
            default -> c.path().startsWith(API) ? FakeHttp.Answer.json(200, "{\"id\":\"" + System.nanoTime() + "\"}")
                    : FakeHttp.Answer.json(200, "{\"ok\":true}");
        });
        discord = new DiscordClient(null);
        server = new RunningServer(Map.ofEntries(
                Map.entry("SLACK_SIGNING_SECRET", SlackClient.SECRET),
                Map.entry("SLACK_BOT_TOKEN", "xoxb-test-token"),
                Map.entry("SLACK_API_URL", fake.url() + "/api/"),
                Map.entry("SLACK_TEAM_ID", SlackClient.TEAM),
                Map.entry("STAFF_SLACK_IDS", "U_STAFF"),
                Map.entry("DISCORD_PUBLIC_KEY", discord.publicKeyHex()),
                Map.entry("DISCORD_APPLICATION_ID", DiscordClient.APP),
                Map.entry("DISCORD_BOT_TOKEN", "bot-token-test"),
                Map.entry("DISCORD_API_URL", fake.url() + API),
                Map.entry("STAFF_DISCORD_IDS", discordStaff.id())), clock);
        slack = new SlackClient(server.url("/slack/events"), fake.url(), clock);
        discord.at(server.url("/discord/interactions"));
    }

    @AfterAll
    void stop() {
        server.close();
        fake.close();
    }

    static String text(HttpResponse<String> r) {
        try {
            return new ObjectMapper().readTree(r.body()).toString();
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    static long number(String body) {
        Matcher m = OPENED.matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return Long.parseLong(m.group(1));
    }

    HttpResponse<String> discordSlash(DiscordClient.User u, String name, String sub, Map<String, Object> options) {
        return discordPost(DiscordClient.command(DiscordClient.newId(), u, "700000000000000016", name, sub, options).toString());
    }

    HttpResponse<String> discordClick(DiscordClient.User u, String value) {
        return discordPost(DiscordClient.button(DiscordClient.newId(), u, "700000000000000016", value).toString());
    }

    HttpResponse<String> discordPost(String body) {
        // signed at the server's (controllable) time, as Discord's timestamp is checked against it
        String ts = Long.toString(clock.instant().getEpochSecond());
        return Http.post(server.url("/discord/interactions"), body, Map.of("Content-Type", "application/json",
                "X-Signature-Timestamp", ts, "X-Signature-Ed25519", discord.sign(ts, body)));
    }

    @Test
    void slack_startShowStop_inSlashCommandText() {
        long n = number(slack.slash(slackAlice, "C_TIMERS", "/ticket", "Printer offline").body());
        assertThat(text(slack.slash(slackStaff, "C_TIMERS", "/ticket", "billable #" + n + " no"))).contains("non-billable");

        assertThat(text(slack.slash(slackStaff, "C_TIMERS", "/log", "start #" + n + " on site"))).contains("Timer started");
        clock.advance(Duration.ofMinutes(35));
        assertThat(text(slack.slash(slackAlice, "C_TIMERS", "/ticket", "show #" + n))).contains("timer running (sam, 35 min)");
        String stopped = text(slack.slash(slackStaff, "C_TIMERS", "/log", "stop"));
        assertThat(stopped).contains("Timer stopped after 35 min", "Logged 35 minutes");
        assertThat(text(slack.slash(slackStaff, "C_TIMERS", "/log", "stop"))).contains("You have no running timer", "/log start #N");
    }

    @Test
    void discord_durationStartStatusStop_withACorrectedDuration() {
        long n = number(text(discordSlash(discordAlice, "ticket", "open", Map.of("title", "Mail not syncing"))));
        assertThat(text(discordSlash(discordStaff, "ticket", "billable", Map.of("ticket", n, "value", false)))).contains("non-billable");

        assertThat(text(discordSlash(discordStaff, "log", null, Map.of("duration", "start", "ticket", n, "note", "remote"))))
                .contains("Timer started", "/log duration:stop");
        clock.advance(Duration.ofMinutes(20));
        assertThat(text(discordSlash(discordStaff, "log", null, Map.of("duration", "status"))))
                .contains("timer running (dana, 20 min)");
        String stopped = text(discordSlash(discordStaff, "log", null, Map.of("duration", "stop 45m")));
        assertThat(stopped).contains("Timer stopped after 20 min", "logged the 45 minutes you gave instead");
        assertThat(text(discordSlash(discordStaff, "log", null, Map.of("duration", "start"))))
                .contains("Which ticket is the timer for?", "/log duration:start ticket:N");
    }

    @Test
    void discord_theClientRatesAClosedTicketOnce_withTheButtonsOfTheClosureSummary() {
        long n = number(text(discordSlash(discordAlice, "ticket", "open", Map.of("title", "Rate me"))));
        discordSlash(discordStaff, "ticket", "billable", Map.of("ticket", n, "value", false));
        assertThat(text(discordSlash(discordStaff, "ticket", "close", Map.of("ticket", n, "summary", "Done and tested"))))
                .contains("Closed #" + n);
        var posted = fake.await(API + "/channels/700000000000000016/messages", 1,
                c -> c.body().contains("\"rateup:" + n + ":0\"") && c.body().contains("\"ratedown:" + n + ":0\""), Duration.ofSeconds(15));
        assertThat(posted).isNotEmpty();

        assertThat(text(discordClick(discordStaff, "rateup:" + n + ":0"))).contains("Only the client of ticket #" + n + " can rate it");
        assertThat(text(discordClick(discordAlice, "rateup:" + n + ":0"))).contains("Thank you for rating");
        assertThat(text(discordClick(discordAlice, "ratedown:" + n + ":0"))).contains("already been rated");
    }
}
