package dev.ticketops.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ticketops.support.DiscordClient;
import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.Http;
import dev.ticketops.support.RunningServer;
import dev.ticketops.support.SlackClient;
import dev.ticketops.support.TcpProxy;
import dev.ticketops.support.TestDatabases;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The database goes away (killed: connections refused; frozen: connections accepted, nothing answered) between the
 * server and MariaDB: chat requests get the outage answer inside Slack's 3 seconds, /health says 503 within 2 s.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String API = "/api/v10";
    static final Duration SLACK_BUDGET = Duration.ofMillis(2500);
    static final Duration HEALTH_BUDGET = Duration.ofMillis(2000);

    final SlackClient.User staff = new SlackClient.User("U_STAFF", "sam");
    final DiscordClient.User discordStaff = new DiscordClient.User("100000000000000001", "sam");

    TestDatabases.Target target;
    TcpProxy proxy;
    FakeHttp fake;
    RunningServer server;
    SlackClient slack;
    DiscordClient discord;

    @BeforeAll
    void start() throws Exception {
        target = TestDatabases.newDatabase();
        proxy = proxyTo(target);
        fake = new FakeHttp();
        fake.respondWith(c -> FakeHttp.Answer.json(200, c.path().startsWith(API) ? "{\"id\":\"1\"}" : "{\"ok\":true}"));
        discord = new DiscordClient(null);
        server = new RunningServer(viaProxy(target, proxy), env(fake, discord), Clock.systemUTC());
        slack = new SlackClient(server.url("/slack/events"), fake.url(), Clock.systemUTC());
        discord.at(server.url("/discord/interactions"));
    }

    static Map<String, String> env(FakeHttp fake, DiscordClient discord) {
        return Map.of("SLACK_SIGNING_SECRET", SlackClient.SECRET, "SLACK_BOT_TOKEN", "xoxb-test-token",
                "SLACK_API_URL", fake.url() + "/api/", "STAFF_SLACK_IDS", "U_STAFF", "SLACK_TEAM_ID", SlackClient.TEAM,
                "DISCORD_PUBLIC_KEY", discord.publicKeyHex(), "DISCORD_APPLICATION_ID", DiscordClient.APP,
                "DISCORD_BOT_TOKEN", "bot-token-test", "DISCORD_API_URL", fake.url() + API,
                "STAFF_DISCORD_IDS", "100000000000000001");
    }

    static TcpProxy proxyTo(TestDatabases.Target t) throws Exception {
        URI u = URI.create(t.url().substring("jdbc:".length()));
        return new TcpProxy(u.getHost(), u.getPort());
    }

    static TestDatabases.Target viaProxy(TestDatabases.Target t, TcpProxy proxy) {
        URI u = URI.create(t.url().substring("jdbc:".length()));
        return new TestDatabases.Target("jdbc:mariadb://127.0.0.1:" + proxy.port() + u.getPath()
                + (u.getQuery() == null ? "" : "?" + u.getQuery()), t.user(), t.password(), t.name());
    }

    @AfterEach
    void restore() throws Exception {
        proxy.thaw();
        proxy.cut();
        proxy.start();
        awaitHealth(200, Duration.ofSeconds(20));
    }

    @AfterAll
    void stop() throws Exception {
        server.stop();
        proxy.close();
        TestDatabases.drop(target);
        fake.close();
    }

    record Timed<T>(T value, Duration took) {
    }

    static <T> Timed<T> timed(Supplier<T> call) {
        long t0 = System.nanoTime();
        T v = call.get();
        return new Timed<>(v, Duration.ofNanos(System.nanoTime() - t0));
    }

    void awaitHealth(int status, Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (Http.get(server.url("/health")).statusCode() != status) {
            assertThat(System.nanoTime()).as("health never became " + status).isLessThan(end);
            Thread.sleep(100);
        }
    }

    void warmUp() {
        // a working request first, so the pool holds live connections when the database goes away (right after a
        // restore the pool may still be replacing the connections the previous test cut: give it a few seconds)
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String body = slack.slash(staff, "C_OPS", "/ticket", "list").body();
        while (body.contains("could not record") && System.nanoTime() < end) {
            body = slack.slash(staff, "C_OPS", "/ticket", "list").body();
        }
        assertThat(body).doesNotContain("could not record");
    }

    void assertOutageAnswers() throws Exception {
        for (int i = 0; i < 2; i++) {
            var log = timed(() -> slack.slash(staff, "C_OPS", "/log", "#1 30m fixed the printer"));
            assertThat(log.value().statusCode()).isEqualTo(200);
            assertThat(log.took()).as("Slack answer time").isLessThan(SLACK_BUDGET);
            assertThat(log.value().body()).contains("could not record this", "nothing was changed", "try again in a minute");

            var health = timed(() -> Http.get(server.url("/health")));
            assertThat(health.took()).as("/health answer time").isLessThan(HEALTH_BUDGET);
            assertThat(health.value().statusCode()).isEqualTo(503);
            assertThat(health.value().body()).contains("\"db\":\"DOWN\"");
        }
    }

    @Test
    void killedDatabase_slackGetsTheOutageAnswerInTime_andHealthSays503() throws Exception {
        warmUp();
        proxy.cut();
        assertOutageAnswers();
    }

    @Test
    void frozenDatabase_slackGetsTheOutageAnswerInTime_andHealthSays503() throws Exception {
        warmUp();
        proxy.freeze();
        assertOutageAnswers();
    }

    @Test
    void frozenDatabase_discordDefers_andTheFollowUpSaysNothingWasChanged() throws Exception {
        warmUp();
        proxy.freeze();
        String id = DiscordClient.newId();
        var answer = timed(() -> discord.post(DiscordClient.command(id, discordStaff, "700000000000000001", "log", null,
                Map.of("ticket", 1, "duration", "30m", "note", "fixed the printer"))));
        assertThat(answer.took()).isLessThan(Duration.ofMillis(3000));
        JsonNode body = JSON.readTree(answer.value().body());
        if (body.path("type").asInt() == 5) {
            var edits = fake.await(API + "/webhooks/" + DiscordClient.APP + "/tok-" + id + "/messages/@original", 1, c -> c.body().contains("could not record"),
                    Duration.ofSeconds(10));
            assertThat(edits).hasSize(1);
            assertThat(edits.get(0).body()).contains("nothing was changed");
        } else {
            assertThat(body.toString()).contains("could not record this", "nothing was changed");
        }
    }
}
