package dev.ticketops.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.ticketops.support.DiscordClient;
import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.Http;
import dev.ticketops.support.RunningServer;
import dev.ticketops.support.SlackClient;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/** /metrics moves with the traffic, every request gets one log line, and secrets never reach the log. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObservabilityTest {
    static final String BOT_TOKEN = "xoxb-9999999999-SECRETBOTTOKENVALUE";
    static final String DISCORD_TOKEN = "MTAxMjM0NTY3ODkwMTIzNDU2.GsEcRt.discordbottokenvalue1234567890";
    final SlackClient.User staff = new SlackClient.User("U_STAFF", "sam");
    final SlackClient.User alice = new SlackClient.User("U_ALICE", "alice");

    FakeHttp fake;
    RunningServer server;
    SlackClient slack;
    DiscordClient discord;
    ListAppender<ILoggingEvent> logs;

    @BeforeAll
    void start() throws Exception {
        logs = new ListAppender<>();
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
        fake = new FakeHttp();
        fake.respondWith(c -> FakeHttp.Answer.json(200, "{\"ok\":true,\"ts\":\"1.1\",\"id\":\"5\"}"));
        discord = new DiscordClient(null);
        server = new RunningServer(Map.of(
                "SLACK_SIGNING_SECRET", SlackClient.SECRET, "SLACK_BOT_TOKEN", BOT_TOKEN, "SLACK_API_URL", fake.url() + "/api/",
                "STAFF_SLACK_IDS", "U_STAFF", "SLACK_TEAM_ID", SlackClient.TEAM, "DISCORD_PUBLIC_KEY", discord.publicKeyHex(), "DISCORD_BOT_TOKEN", DISCORD_TOKEN,
                "DISCORD_APPLICATION_ID", DiscordClient.APP, "DISCORD_API_URL", fake.url() + "/api/v10"), Clock.systemUTC());
        slack = new SlackClient(server.url("/slack/events"), fake.url(), Clock.systemUTC());
        discord.at(server.url("/discord/interactions"));
    }

    @AfterAll
    void stop() {
        server.close();
        fake.close();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
    }

    static double metric(String scrape, String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} ([0-9.eE+-]+)$").matcher(scrape);
        double sum = 0;
        while (m.find()) {
            if (java.util.Arrays.stream(labels.split(",")).allMatch(l -> l.isBlank() || m.group(1).contains(l))) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    static final String SLACK_OPEN_OK = "platform=\"slack\",command=\"ticket open\",outcome=\"ok\"";
    static final String SLACK_LOG_REFUSED = "platform=\"slack\",command=\"log\",outcome=\"refused\"";
    static final String SLACK_REJECTED = "platform=\"slack\",outcome=\"rejected\"";
    static final String DISCORD_LIST_OK = "platform=\"discord\",command=\"ticket list\",outcome=\"ok\"";

    @Test
    void metricsMove_byExactlyTheTrafficSent() {
        String before = Http.get(server.url("/metrics")).body();

        long n = Long.parseLong(slack.slash(alice, "C_OBS", "/ticket", "Metrics please").body().replaceAll("(?s).*Ticket #(\\d+) opened.*", "$1"));
        slack.slash(staff, "C_OBS", "/log", "1h #" + n);
        slack.post(slack.sign("bad", "text/plain", 1));
        discord.post(DiscordClient.command(DiscordClient.newId(), new DiscordClient.User("100000000000000002", "alice"),
                "700000000000000001", "ticket", "list", Map.of()));

        var scrape = Http.get(server.url("/metrics"));
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        String after = scrape.body();
        for (String series : List.of(SLACK_OPEN_OK, SLACK_LOG_REFUSED, SLACK_REJECTED, DISCORD_LIST_OK)) {
            assertThat(metric(after, "ticketops_requests_total", series)).as(series)
                    .isEqualTo(metric(before, "ticketops_requests_total", series) + 1);
        }
        assertThat(metric(after, "ticketops_ack_latency_seconds_count", "platform=\"slack\""))
                .isGreaterThanOrEqualTo(metric(before, "ticketops_ack_latency_seconds_count", "platform=\"slack\"") + 2);
        assertThat(after).contains("ticketops_ack_latency_seconds_bucket{platform=\"slack\"", "ticketops_ack_latency_seconds_count{platform=\"discord\"}",
                "ticketops_outbox_backlog", "ticketops_outbox_oldest_age_seconds", "resilience4j_circuitbreaker_state{",
                "name=\"slack\"", "name=\"discord\"", "hikaricp_connections_active{pool=\"ticketops\"}");
    }

    @Test
    void oneLinePerRequest_andNoSecretEverReachesTheLog() {
        logs.list.clear();
        String password = "Tr0ub4dor&3-very-secret";
        long n = Long.parseLong(slack.slash(alice, "C_LOG", "/ticket", "VPN down password: " + password).body()
                .replaceAll("(?s).*Ticket #(\\d+) opened.*", "$1"));
        slack.slash(staff, "C_LOG", "/estimate", "#" + n + " 1h note pwd=" + password);
        discord.post(DiscordClient.command(DiscordClient.newId(), new DiscordClient.User("100000000000000002", "alice"),
                "700000000000000001", "ticket", "open", Map.of("title", "Discord token " + DISCORD_TOKEN)));
        slack.post(slack.sign("garbage", "application/json"));
        List<ILoggingEvent> requestLines = logs.list.stream().filter(e -> e.getLoggerName().equals("ticketops.requests")).toList();
        assertThat(requestLines).hasSizeGreaterThanOrEqualTo(4);
        assertThat(requestLines.get(0).getFormattedMessage()).matches(
                "request platform=slack command=ticket open ticket=- outcome=ok latency_ms=[0-9.]+");
        assertThat(requestLines.get(1).getFormattedMessage()).startsWith("request platform=slack command=estimate ticket=#" + n + " outcome=ok");
        assertThat(requestLines.get(0).getKeyValuePairs()).extracting(kv -> kv.key).contains("platform", "command", "ticket", "outcome", "latency_ms");
        String everything = logs.list.stream().map(e -> e.getFormattedMessage() + " " + (e.getThrowableProxy() == null ? ""
                : e.getThrowableProxy().getMessage())).collect(Collectors.joining("\n"));
        assertThat(everything).doesNotContain(password).doesNotContain(SlackClient.SECRET).doesNotContain(BOT_TOKEN)
                .doesNotContain(DISCORD_TOKEN).doesNotContain("SECRETBOTTOKEN");
    }
}
