package dev.ticketops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.app.port.Notice;
import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.Records;
import dev.ticketops.support.RunningServer;
import dev.ticketops.support.SlackClient;
import dev.ticketops.support.SlackClient.User;
import dev.ticketops.support.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
    void messagesWrittenDuringAnOutage_areTriedAndFail_thenDeliveredOnceAfterARestart() throws Exception {
        TestDatabases.Target db = TestDatabases.newDatabase();
        Records records = new Records(db);
        try (FakeHttp fake = new FakeHttp()) {
            fake.respondWith(c -> FakeHttp.Answer.json(503, "{\"ok\":false,\"error\":\"service_unavailable\"}"));
            RunningServer first = new RunningServer(db, env(fake), Clock.systemUTC());
            SlackClient slack = new SlackClient(first.url("/slack/events"), fake.url(), Clock.systemUTC());
            long n = SlackEndpointTest.ticketNumber(slack.slash(alice, "C_RESTART", "/ticket", "Backup failed"));
            slack.slash(staff, "C_RESTART", "/estimate", "#" + n + " 1-2h");
            String card = "\"approve:" + n + ":";

            // the ticket card (which starts the ticket's thread) is tried during the outage, and Slack refuses it; the
            // estimate waits its turn behind it, as a ticket's messages go in order
            var tried = fake.awaitCalls("/api/chat.postMessage", 1, c -> c.param("blocks").contains("Ticket #" + n + " –"),
                    Duration.ofSeconds(20));
            assertThat(tried).isNotEmpty().allSatisfy(c -> assertThat(c.status()).isEqualTo(503));
            first.stop();
            assertThat(fake.delivered("/api/chat.postMessage", c -> true)).isEmpty();
            var cardTried = records.outbox(Notice.Kind.TICKET_CARD);
            assertThat(cardTried).hasSize(1);
            assertThat(cardTried.get(0).status()).isIn("PENDING", "SENDING");
            assertThat(cardTried.get(0).attempts()).isGreaterThanOrEqualTo(1);
            var waiting = records.outbox(Notice.Kind.ESTIMATE_POSTED);
            assertThat(waiting).hasSize(1);
            assertThat(waiting.get(0).status()).isEqualTo("PENDING");

            fake.respondWith(c -> FakeHttp.Answer.json(200, "{\"ok\":true,\"channel\":\"C_RESTART\",\"ts\":\"1.2\"}"));
            try (RunningServer second = new RunningServer(db, env(fake), Clock.systemUTC())) {
                var cards = fake.await("/api/chat.postMessage", 1, c -> c.param("blocks").contains(card), Duration.ofSeconds(20));
                assertThat(cards).hasSize(1);
                var settled = records.awaitOutboxSettled(Duration.ofSeconds(20));
                assertThat(settled).filteredOn(m -> m.kind() == Notice.Kind.ESTIMATE_POSTED).singleElement()
                        .extracting(Records.Message::status).isEqualTo("SENT");
                assertThat(fake.delivered("/api/chat.postMessage", c -> c.param("blocks").contains(card))).hasSize(1);
                assertThat(second.app.database().isUp()).isTrue();
            }
        }
    }

    @Test
    void theAck_neverWaitsOnASlowSlack() throws Exception {
        try (FakeHttp fake = new FakeHttp()) {
            // Slack answers nothing until the test has measured the acks
            CountDownLatch slackAnswers = new CountDownLatch(1);
            fake.respondWith(c -> {
                try {
                    slackAnswers.await(10, TimeUnit.SECONDS);
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
                assertThat(fake.calls()).as("nothing was answered while the acks were measured").isEmpty();
                slackAnswers.countDown();
            }
        }
    }
}
