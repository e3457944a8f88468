package dev.ticketops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ticketops.domain.CredentialScanner;
import dev.ticketops.support.DiscordClient;
import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.RunningServer;
import dev.ticketops.support.SlackClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * A whole ticket lifecycle on Slack and on Discord, over real HTTP to a running server on MariaDB, with a credential
 * planted in every field a person types. Afterwards no table row, outbox message, stored reply, outbound call or log
 * line holds any of them, and every answer to a message that held one carries the Bitwarden Send advice, once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CredentialLeakTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration WAIT = Duration.ofSeconds(15);
    static final String API = "/api/v10";
    static final String SEND_LINK = "https://send.bitwarden.com/#/send/AbC12/xYz34";
    static final Pattern INVOICE = Pattern.compile("INV-\\d{4}-\\d{4}");

    final SlackClient.User slackStaff = new SlackClient.User("U_STAFF", "sam");
    final SlackClient.User slackAlice = new SlackClient.User("U_ALICE", "alice");
    final DiscordClient.User discordStaff = new DiscordClient.User("100000000000000001", "sam");
    final DiscordClient.User discordAlice = new DiscordClient.User("100000000000000002", "alice");

    /** Every secret planted; each appears in exactly one typed field. */
    final List<String> planted = new ArrayList<>();
    /** Every answer a person got to a message that held a secret. */
    final List<String> answers = new ArrayList<>();

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
        fake.respondWith(c -> {
            if (c.path().equals(API + "/users/@me/channels")) {
                return FakeHttp.Answer.json(200, "{\"id\":\"DM-" + c.body().replaceAll("\\D", "") + "\",\"type\":1}");
            }
            return FakeHttp.Answer.json(200, "{\"ok\":true,\"channel\":\"C\",\"ts\":\"1700000000." + System.nanoTime() % 1000000
                    + "\",\"id\":\"" + System.nanoTime() + "\"}");
        });
        discord = new DiscordClient(null);
        server = new RunningServer(Map.of(
                "SLACK_SIGNING_SECRET", SlackClient.SECRET, "SLACK_BOT_TOKEN", "xoxb-test-token", "SLACK_API_URL", fake.url() + "/api/",
                "STAFF_SLACK_IDS", slackStaff.id(), "SLACK_TEAM_ID", SlackClient.TEAM, "DISCORD_PUBLIC_KEY", discord.publicKeyHex(), "DISCORD_BOT_TOKEN", "bot-token-test",
                "DISCORD_APPLICATION_ID", DiscordClient.APP, "DISCORD_API_URL", fake.url() + API,
                "STAFF_DISCORD_IDS", discordStaff.id()), Clock.systemUTC());
        slack = new SlackClient(server.url("/slack/events"), fake.url(), Clock.systemUTC());
        discord.at(server.url("/discord/interactions"));
    }

    @AfterAll
    void stop() {
        server.close();
        fake.close();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
    }

    /** Plants {@code secret} into {@code phrasing} (where %s stands) and returns the text to type. */
    String plant(String phrasing, String secret) {
        planted.add(secret);
        return phrasing.formatted(secret);
    }

    /** What Slack shows: the message's blocks (its top-level text is a notification fallback). */
    static String shown(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body()).path("blocks").toString();
        } catch (Exception e) {
            throw new AssertionError(r.body(), e);
        }
    }

    HttpResponse<String> slash(SlackClient.User u, String channel, String command, String text) {
        var r = slack.slash(u, channel, command, text);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r;
    }

    JsonNode discordSlash(DiscordClient.User u, String channel, String name, String sub, Map<String, Object> options) {
        var r = discord.post(DiscordClient.command(DiscordClient.newId(), u, channel, name, sub, options));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError(r.body(), e);
        }
    }

    static long number(String body, String what) {
        Matcher m = Pattern.compile(what + " #(\\d+)").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void noPlantedSecret_isStoredSentOrLogged_andEveryAnswerCarriesTheAdvice() throws Exception {
        slackLifecycle();
        discordLifecycle();
        String everything = dumpEveryTable() + "\n" + outbound() + "\n" + logLines();
        for (String secret : planted) {
            assertThat(everything).as("a trace of %s", secret).doesNotContain(secret);
        }
        assertThat(planted).hasSizeGreaterThanOrEqualTo(15);
        assertThat(dumpEveryTable()).as("the Bitwarden Send link is kept").contains(SEND_LINK).contains(CredentialScanner.MARK);
        for (String answer : answers) {
            assertThat(answer).as("the answer %s", answer).contains("Bitwarden Send");
            assertThat(answer.split(Pattern.quote("Never put passwords"), -1)).as("advice once in %s", answer).hasSize(2);
        }
    }

    private void slackLifecycle() {
        String channel = "C_LEAK";
        assertThat(slash(slackStaff, channel, "/ticket", "link Leak Corp").body()).contains("Leak Corp");
        var linkRefused = slash(slackStaff, "C_LEAK2", "/ticket", plant("link Other Corp pw=%s", "L01slackLink"));
        answers.add(shown(linkRefused));

        var opened = slash(slackAlice, channel, "/ticket", plant("Printer offline pw: %s", "L02slackTitle")
                + " | " + plant("my password is %s and see ", "L03slackDesc") + SEND_LINK);
        answers.add(shown(opened));
        long n = number(opened.body(), "Ticket");

        var form = slack.submitTicketForm(slackAlice, channel, plant("VPN login admin / %s", "L04modal!"),
                plant("Authorization: Bearer %s", "L05modalBearer"), false);
        assertThat(slack.post(form).statusCode()).isEqualTo(200);
        // the opener's answer (with the advice) is shown to them; the ticket card in the channel is the bot's own message
        var modalCard = fake.await("/api/chat.postEphemeral", 1, c -> c.param("blocks") != null && c.param("blocks").contains("VPN login"), WAIT);
        assertThat(modalCard).hasSize(1);
        answers.add(modalCard.get(0).param("blocks"));
        // a repeated delivery of the same form gets the stored reply, which was built from redacted text
        assertThat(slack.post(form).statusCode()).isEqualTo(200);

        var estimated = slash(slackStaff, channel, "/estimate", "#" + n + " 2-3h " + plant("mysql -uroot -p%s", "L06estimate"));
        answers.add(shown(estimated));
        var card = fake.await("/api/chat.postMessage", 1, c -> c.param("blocks") != null && c.param("blocks").contains("\"approve:" + n + ":"), WAIT);
        Matcher approve = Pattern.compile("approve:" + n + ":\\d+").matcher(card.get(0).param("blocks"));
        assertThat(approve.find()).isTrue();
        String url = slack.responseUrl();
        assertThat(slack.post(slack.click(slackAlice, channel, "approve", approve.group(), url)).statusCode()).isEqualTo(200);
        fake.await(url.substring(fake.url().length()), 1, c -> true, WAIT);

        answers.add(shown(slash(slackStaff, channel, "/log", "1h #" + n + " " + plant("secret %s", "L07logNote"))));
        var refusal = slash(slackStaff, channel, "/log", plant("pw: %s", "N08refusal"));
        assertThat(refusal.body()).contains("does not read as");
        answers.add(shown(refusal));
        var signedRepeat = slack.command(slackStaff, channel, "/log", plant("30m #" + n + " token: %s", "L09repeat77"));
        answers.add(shown(slack.post(signedRepeat)));
        answers.add(shown(slack.post(signedRepeat)));

        answers.add(shown(slash(slackStaff, channel, "/ticket", "close #" + n + " " + plant("done; the wifi password was %s", "L10close"))));
        answers.add(shown(slash(slackStaff, channel, "/invoice", plant("terms Leak Corp rate=15.00 contact=billing@leak.example pw=%s",
                "L11terms"))));
        answers.add(shown(slash(slackStaff, channel, "/invoice", plant("terms Leak Corp contact=ops@leak.example pwd=%s", "L12contact"))));
        var issued = slash(slackStaff, channel, "/invoice", "");
        Matcher inv = INVOICE.matcher(issued.body());
        assertThat(inv.find()).as(issued.body()).isTrue();
        answers.add(shown(slash(slackStaff, channel, "/invoice", "paid " + inv.group() + " wise " + plant("token: %s", "L13payRef"))));
        answers.add(shown(slash(slackStaff, channel, "/invoice", "override #" + n + " " + plant("password： %s", "L14override"))));
    }

    private void discordLifecycle() {
        String channel = "700000000000000077";
        JsonNode opened = discordSlash(discordAlice, channel, "ticket", "open", Map.of(
                "title", plant("Mail down DB_PASS=%s", "D01title"),
                "description", plant("relay https://admin:%s@mail.example.com ", "D02url") + SEND_LINK));
        answers.add(opened.toString());
        long n = number(opened.toString(), "Ticket");
        answers.add(discordSlash(discordStaff, channel, "estimate", null, Map.of("ticket", n, "hours", "1-2h",
                "note", plant("api key: %s", "D03note9x"))).toString());
        // the estimate goes into the ticket's thread, a channel of the fake's making
        var card = fake.awaitAny(p -> p.startsWith(API + "/channels/") && p.endsWith("/messages"), 1,
                c -> c.body().contains("\"approve:" + n + ":"), WAIT);
        Matcher approve = Pattern.compile("approve:" + n + ":\\d+").matcher(card.get(0).body());
        assertThat(approve.find()).isTrue();
        discord.post(DiscordClient.button(DiscordClient.newId(), discordAlice, channel, approve.group()));
        answers.add(discordSlash(discordStaff, channel, "log", null, Map.of("duration", "45m", "ticket", n,
                "note", plant("--password=%s", "D04log"))).toString());
        answers.add(discordSlash(discordStaff, channel, "log", null, Map.of("duration", plant("pw %s", "D05dur9"),
                "ticket", n)).toString());
        answers.add(discordSlash(discordStaff, channel, "ticket", "close", Map.of("ticket", n,
                "summary", plant("PGPASSWORD=%s psql", "D06close"))).toString());
        answers.add(discordSlash(discordStaff, channel, "invoice", "override", Map.of("ticket", n,
                "reason", plant("passphrase: %s", "D07reason"))).toString());
        answers.add(discordSlash(discordStaff, channel, "invoice", "terms", Map.of("client", "Leak Corp",
                "contact", plant("ops@leak.example secret %s", "D08contact"))).toString());
        answers.add(discordSlash(discordStaff, channel, "ticket", "link", Map.of("client", plant("Acme token %s", "D09linkTok7"))).toString());
    }

    /** Every row of every table of the test database, as text. */
    private String dumpEveryTable() throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Connection c = server.db.connect(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SHOW TABLES")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).contains("tickets", "outbox", "processed_requests");
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("SELECT * FROM `" + t + "`")) {
                    int cols = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        sb.append(t).append(':');
                        for (int i = 1; i <= cols; i++) {
                            sb.append(' ').append(rs.getString(i));
                        }
                        sb.append('\n');
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Everything the server sent to Slack and Discord, after the outbox has drained. */
    private String outbound() {
        StringBuilder sb = new StringBuilder();
        for (FakeHttp.Call c : fake.calls()) {
            sb.append(c.path()).append(' ').append(c.body()).append('\n');
        }
        return sb.toString();
    }

    private String logLines() {
        StringBuilder sb = new StringBuilder();
        for (ILoggingEvent e : logs.list) {
            sb.append(e.getFormattedMessage()).append(' ').append(e.getKeyValuePairs()).append(' ').append(e.getMDCPropertyMap());
            if (e.getThrowableProxy() != null) {
                sb.append(ThrowableProxyUtil.asString(e.getThrowableProxy()));
            }
            sb.append('\n');
        }
        assertThat(sb).as("request lines were captured").contains("request platform=slack");
        return sb.toString();
    }
}
