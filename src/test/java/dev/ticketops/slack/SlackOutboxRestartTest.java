package dev.ticketops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.RunningServer;
import dev.ticketops.support.SlackClient;
import dev.ticketops.support.SlackClient.User;
import dev.ticketops.support.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Slack outage across a restart delays messages but neither loses nor doubles them; acks never wait on Slack. */
class SlackOutboxRestartTest {
    final User staff = new User("U_STAFF", "sam");
    final User alice = new User("U_ALICE", "alice");

    static Map<String, String> env(FakeHttp fake) {
        return Map.of("SLACK_SIGNING_SECRET", SlackClient.SECRET, "SLACK_BOT_TOKEN", "xoxb-test-token",
                "SLACK_API_URL", fake.url() + "/api/", "STAFF_SLACK_IDS", "U_STAFF",
                // Slack's Web API is down at start-up here, so auth.test cannot name the workspace: pin it
                "SLACK_TEAM_ID", SlackClient.TEAM);
    }

    @Test
    void messagesWrittenDuringAnOutage_areDeliveredOnceAfterARestart() throws Exception {
        TestDatabases.Target db = TestDatabases.newDatabase();
        try (FakeHttp fake = new FakeHttp()) {
            fake.respondWith(c -> FakeHttp.Answer.json(503, "{\"ok\":false,\"error\":\"service_unavailable\"}"));
            RunningServer first = new RunningServer(db, env(fake), Clock.systemUTC());
            SlackClient slack = new SlackClient(first.url("/slack/events"), fake.url(), Clock.systemUTC());
            long n = SlackEndpointTest.ticketNumber(slack.slash(alice, "C_RESTART", "/ticket", "Backup failed"));
            slack.slash(staff, "C_RESTART", "/estimate", "#" + n + " 1-2h");
            Thread.sleep(1000);
            assertThat(fake.delivered("/api/chat.postMessage", c -> true)).isEmpty();
            first.stop();

            fake.respondWith(c -> FakeHttp.Answer.json(200, "{\"ok\":true,\"channel\":\"C_RESTART\",\"ts\":\"1.2\"}"));
            try (RunningServer second = new RunningServer(db, env(fake), Clock.systemUTC())) {
                var cards = fake.await("/api/chat.postMessage", 1, c -> c.param("blocks").contains("\"approve:" + n + ":"),
                        Duration.ofSeconds(20));
                assertThat(cards).hasSize(1);
                Thread.sleep(1500);
                assertThat(fake.delivered("/api/chat.postMessage", c -> c.param("blocks").contains("\"approve:" + n + ":"))).hasSize(1);
                assertThat(second.app.database().isUp()).isTrue();
            }
        }
    }

    @Test
    void theAck_neverWaitsOnASlowSlack() throws Exception {
        try (FakeHttp fake = new FakeHttp()) {
            fake.respondWith(c -> {
                try {
                    Thread.sleep(4000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return FakeHttp.Answer.json(200, "{\"ok\":true,\"ts\":\"1.1\"}");
            });
            try (RunningServer server = new RunningServer(env(fake), Clock.systemUTC())) {
                SlackClient slack = new SlackClient(server.url("/slack/events"), fake.url(), Clock.systemUTC());
                long n = SlackEndpointTest.ticketNumber(slack.slash(alice, "C_SLOW", "/ticket", "Slow Slack"));
                Instant t0 = Instant.now();
                var estimate = slack.slash(staff, "C_SLOW", "/estimate", "#" + n + " 2h");
                var modal = slack.slash(alice, "C_SLOW", "/ticket", "");
                var click = slack.post(slack.click(alice, "C_SLOW", "approve", "approve:" + n + ":1", slack.responseUrl()));
                Duration took = Duration.between(t0, Instant.now());
                assertThat(estimate.statusCode()).isEqualTo(200);
                assertThat(modal.statusCode()).isEqualTo(200);
                assertThat(click.statusCode()).isEqualTo(200);
                assertThat(took).isLessThan(Duration.ofMillis(2500));
            }
        }
    }
}
