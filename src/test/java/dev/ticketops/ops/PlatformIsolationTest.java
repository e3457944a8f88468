package dev.ticketops.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.support.DiscordClient;
import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.RunningServer;
import dev.ticketops.support.SlackClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Slack's API hangs; Discord does not notice. */
class PlatformIsolationTest {
    static final String API = "/api/v10";

    @Test
    void aHangingSlackApi_doesNotDelayDiscordAnswers() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (FakeHttp slackApi = new FakeHttp(); FakeHttp discordApi = new FakeHttp()) {
            slackApi.respondWith(c -> {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return FakeHttp.Answer.json(200, "{\"ok\":true}");
            });
            discordApi.respondWith(c -> FakeHttp.Answer.json(200, "{\"id\":\"1\"}"));
            var discord = new DiscordClient(null);
            Map<String, String> env = new java.util.HashMap<>(DatabaseOutageTest.env(slackApi, discord));
            env.put("DISCORD_API_URL", discordApi.url() + API);
            try (RunningServer server = new RunningServer(env, Clock.systemUTC())) {
                var slack = new SlackClient(server.url("/slack/events"), slackApi.url(), Clock.systemUTC());
                discord.at(server.url("/discord/interactions"));
                SlackClient.User alice = new SlackClient.User("U_ALICE", "alice");
                // every empty /ticket opens the form through the (hanging) Slack API after its ack
                for (int i = 0; i < 30; i++) {
                    assertThat(slack.slash(alice, "C_ALICE", "/ticket", "").statusCode()).isEqualTo(200);
                }

                long t0 = System.nanoTime();
                var list = discord.post(DiscordClient.command(DiscordClient.newId(),
                        new DiscordClient.User("100000000000000001", "sam"), "700000000000000001", "ticket", "list", Map.of()));
                Duration took = Duration.ofNanos(System.nanoTime() - t0);

                assertThat(list.statusCode()).isEqualTo(200);
                assertThat(list.body()).contains("\"type\":4");
                assertThat(took).isLessThan(Duration.ofMillis(1500));
            } finally {
                release.countDown();
            }
        }
    }
}
