package dev.ticketops.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ticketops.support.DiscordClient;
import dev.ticketops.support.DiscordClient.User;
import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.Http;
import dev.ticketops.support.RunningServer;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Discord over real HTTP: Ed25519-signed interactions to the running server, a fake REST API, real MariaDB. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordEndpointTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration WAIT = Duration.ofSeconds(15);
    static final String API = "/api/v10";

    final User staff = new User("100000000000000001", "sam");
    final User roleStaff = new User("100000000000000009", "rita", List.of("555555555555555555"));
    final User alice = new User("100000000000000002", "alice");
    final User mallory = new User("100000000000000003", "mallory");

    FakeHttp fake;
    RunningServer server;
    DiscordClient discord;

    @BeforeAll
    void start() throws Exception {
        fake = new FakeHttp();
        fake.respondWith(c -> {
            if (c.path().equals(API + "/users/@me/channels")) {
                return FakeHttp.Answer.json(200, "{\"id\":\"DM-" + c.body().replaceAll("\\D", "") + "\",\"type\":1}");
            }
            if (c.path().endsWith("/messages") && c.method().equals("POST")) {
                return FakeHttp.Answer.json(200, "{\"id\":\"" + System.nanoTime() + "\"}");
            }
            if (c.path().equals(API + "/guilds/" + DiscordClient.GUILD + "/roles")) {
                return FakeHttp.Answer.json(200, "[{\"id\":\"555555555555555555\",\"name\":\"Support\"},{\"id\":\"1\",\"name\":\"@everyone\"}]");
            }
            return FakeHttp.Answer.json(200, "{}");
        });
        discord = new DiscordClient(null);
        server = new RunningServer(Map.of(
                "DISCORD_PUBLIC_KEY", discord.publicKeyHex(),
                "DISCORD_APPLICATION_ID", DiscordClient.APP,
                "DISCORD_BOT_TOKEN", "bot-token-test",
                "DISCORD_API_URL", fake.url() + API,
                "STAFF_DISCORD_IDS", staff.id(),
                "STAFF_DISCORD_ROLE", "Support", "DISCORD_GUILD_ID", DiscordClient.GUILD), Clock.systemUTC());
        discord.at(server.url("/discord/interactions"));
    }

    @AfterAll
    void stop() {
        server.close();
        fake.close();
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + r.statusCode() + " " + r.body(), e);
        }
    }

    HttpResponse<String> slash(User u, String channel, String name, String sub, Map<String, Object> options) {
        return discord.post(DiscordClient.command(DiscordClient.newId(), u, channel, name, sub, options));
    }

    long open(User u, String channel, String title) {
        JsonNode r = json(slash(u, channel, "ticket", "open", Map.of("title", title)));
        assertThat(r.get("type").asInt()).isEqualTo(4);
        Matcher m = Pattern.compile("Ticket #(\\d+) opened").matcher(r.path("data").path("embeds").get(0).path("title").asText());
        assertThat(m.find()).as(r.toString()).isTrue();
        return Long.parseLong(m.group(1));
    }

    String estimate(User who, String channel, long n, String hours) {
        JsonNode r = json(slash(who, channel, "estimate", null, Map.of("ticket", n, "hours", hours)));
        assertThat(r.path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(r.toString()).contains("Estimate for #" + n + " posted");
        var posted = fake.await(API + "/channels/" + channel + "/messages", 1, c -> c.body().contains("\"approve:" + n + ":"), WAIT);
        assertThat(posted).hasSize(1);
        Matcher m = Pattern.compile("approve:" + n + ":\\d+").matcher(posted.get(0).body());
        assertThat(m.find()).isTrue();
        return m.group();
    }

    @Test
    void ping_isAnswered_andUnverifiedRequestsAre401() {
        var ping = discord.post("{\"type\":1,\"id\":\"1\",\"application_id\":\"" + DiscordClient.APP + "\"}");
        assertThat(ping.statusCode()).isEqualTo(200);
        assertThat(ping.body()).isEqualTo("{\"type\":1}");
        String body = "{\"type\":1}";
        String now = Long.toString(System.currentTimeMillis() / 1000);
        assertThat(Http.post(server.url("/discord/interactions"), body, Map.of("Content-Type", "application/json")).statusCode())
                .isEqualTo(401);
        assertThat(Http.post(server.url("/discord/interactions"), body, Map.of("Content-Type", "application/json",
                "X-Signature-Timestamp", "1700000000", "X-Signature-Ed25519", "ab".repeat(64))).statusCode()).isEqualTo(401);
        String ts = now;
        String sig = discord.sign(ts, body);
        assertThat(Http.post(server.url("/discord/interactions"), body + " ", Map.of("Content-Type", "application/json",
                "X-Signature-Timestamp", ts, "X-Signature-Ed25519", sig)).statusCode()).isEqualTo(401);
        assertThat(discord.post("{not json").statusCode()).isEqualTo(400);
    }

    @Test
    void theWholeWorkflow_inDiscordsIdiom() {
        String channel = "700000000000000001";
        long n = open(alice, channel, "Checkout bug fix");
        String approve = estimate(staff, channel, n, "2-3h");

        JsonNode byStaff = json(discord.post(DiscordClient.button(DiscordClient.newId(), staff, channel, approve)));
        assertThat(byStaff.get("type").asInt()).isEqualTo(4);
        assertThat(byStaff.path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(byStaff.toString()).contains("Staff cannot approve");
        JsonNode byStranger = json(discord.post(DiscordClient.button(DiscordClient.newId(), mallory, channel, approve)));
        assertThat(byStranger.toString()).contains("Only the client of ticket #" + n);
        assertThat(byStranger.path("data").path("flags").asInt()).isEqualTo(64);

        JsonNode approved = json(discord.post(DiscordClient.button(DiscordClient.newId(), alice, channel, approve)));
        assertThat(approved.get("type").asInt()).isEqualTo(7);
        assertThat(approved.toString()).contains("Approved by @alice", "work may begin");
        assertThat(approved.path("data").path("components")).isEmpty();
        JsonNode twice = json(discord.post(DiscordClient.button(DiscordClient.newId(), alice, channel, approve)));
        assertThat(twice.get("type").asInt()).isEqualTo(4);
        assertThat(twice.toString()).contains("already approved by @alice", "Nothing changed");

        var dm = fake.await(API + "/channels/DM-" + staff.id() + "/messages", 1, c -> c.body().contains("approved your estimate") && c.body().contains("#" + n + " "), WAIT);
        assertThat(dm).hasSize(1);

        JsonNode logged = json(slash(staff, channel, "log", null, Map.of("duration", "1.5h", "ticket", n, "note", "fixed")));
        assertThat(logged.toString()).contains("Logged 1.5 hours");
        assertThat(logged.path("data").path("flags").asInt()).isEqualTo(64);
        JsonNode closed = json(slash(staff, channel, "ticket", "close", Map.of("ticket", n, "summary", "Root cause fixed and tested")));
        assertThat(closed.toString()).contains("Closed #" + n);
        var closure = fake.await(API + "/channels/" + channel + "/messages", 1, c -> c.body().contains("Ticket #" + n + " closed"), WAIT);
        assertThat(closure.get(0).body()).contains("Time spent: 1.5 hours", "Root cause fixed");

        String refused = json(slash(staff, channel, "log", null, Map.of("duration", "1h", "ticket", n))).toString();
        assertThat(refused).as("a refusal names the command with Discord's options")
                .contains("Reopen it with /ticket reopen ticket:" + n + " if the work continues.").doesNotContain("reopen #");
        String help = json(slash(alice, channel, "ticket", "help", Map.of())).toString();
        assertThat(help).contains("/ticket open title:<title> [description:<description>] [urgent:True]", "/ticket show ticket:N",
                "/log duration:<duration> ticket:N", "/log duration:undo", "/invoice paid number:INV-2026-0001 method:wise|paypal",
                "/invoice override ticket:N reason:<reason>").doesNotContain("#N");
    }

    @Test
    void everyCommand_andItsRefusals() {
        String channel = "700000000000000002";
        long n = open(alice, channel, "Printer offline");
        assertThat(json(slash(staff, channel, "log", null, Map.of("duration", "1h", "ticket", n))).toString())
                .contains("before the client's approval");
        assertThat(json(slash(alice, channel, "estimate", null, Map.of("ticket", n, "hours", "2h"))).toString())
                .contains("Only agency staff can post an estimate");
        assertThat(json(slash(staff, channel, "log", null, Map.of("duration", "1h"))).toString())
                .contains("On which ticket", "Usage:", "/log duration:<duration> ticket:N");
        JsonNode show = json(slash(alice, channel, "ticket", "show", Map.of("ticket", n)));
        assertThat(show.path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(show.toString()).contains("Printer offline", "Status");
        assertThat(json(slash(alice, channel, "ticket", "list", Map.of("scope", "all"))).toString()).contains("Printer offline");
        assertThat(json(slash(alice, channel, "ticket", "help", Map.of())).toString()).contains("No ticket = no work");
        JsonNode billable = json(slash(staff, channel, "ticket", "billable", Map.of("ticket", n, "value", false)));
        assertThat(billable.path("data").has("flags")).isFalse();
        assertThat(billable.toString()).contains("non-billable");
        assertThat(json(slash(staff, channel, "log", null, Map.of("duration", "20m", "ticket", n))).toString()).contains("Logged 20 minutes");
        assertThat(json(slash(staff, channel, "log", null, Map.of("duration", "undo"))).toString()).contains("Removed your entry");
        assertThat(json(slash(staff, channel, "ticket", "close", Map.of("ticket", n, "summary", "Toner replaced"))).toString())
                .contains("Closed #" + n);
        assertThat(json(slash(staff, channel, "ticket", "reopen", Map.of("ticket", n))).toString()).contains("reopened");
        assertThat(json(slash(staff, "700000000000000099", "ticket", "link", Map.of("client", "Globex"))).toString())
                .contains("linked to Globex");
        assertThat(json(slash(mallory, channel, "ticket", "show", Map.of("ticket", n))).toString()).contains("does not exist");
    }

    @Test
    void staffByRoleName_mayEstimate_butOnlyInTheAgencysServer() {
        String channel = "700000000000000003";
        long n = open(alice, channel, "Role-based staff");
        // the same role id (and name) in a server the client controls does not make anyone staff
        var elsewhere = DiscordClient.command(DiscordClient.newId(), roleStaff, channel, "estimate", null, Map.of("ticket", n, "hours", "1h"));
        elsewhere.put("guild_id", "333333333333333333");
        assertThat(json(discord.post(elsewhere)).toString()).contains("does not exist, or it is not one of yours");
        estimate(roleStaff, channel, n, "1h");
    }

    @Test
    void staleOrFutureTimestamps_are401_evenWithAGoodSignature() {
        String body = "{\"type\":1,\"id\":\"1\"}";
        for (long offset : new long[] {-301, 301}) {
            String ts = Long.toString(System.currentTimeMillis() / 1000 + offset);
            assertThat(Http.post(server.url("/discord/interactions"), body, Map.of("Content-Type", "application/json",
                    "X-Signature-Timestamp", ts, "X-Signature-Ed25519", discord.sign(ts, body))).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void autocomplete_offersTheCallersVisibleOpenTickets() {
        String channel = "700000000000000004";
        long mine = open(alice, channel, "Autocomplete mine");
        long theirs = open(mallory, "700000000000000005", "Autocomplete theirs");
        JsonNode forAlice = json(discord.post(DiscordClient.autocomplete(DiscordClient.newId(), alice, channel, "ticket", "show", "ticket", "")));
        assertThat(forAlice.get("type").asInt()).isEqualTo(8);
        List<Long> values = forAlice.path("data").path("choices").findValues("value").stream().map(JsonNode::asLong).toList();
        assertThat(values).contains(mine).doesNotContain(theirs);
        JsonNode forStaff = json(discord.post(DiscordClient.autocomplete(DiscordClient.newId(), staff, channel, "estimate", null, "ticket", "Autocomplete")));
        List<Long> staffValues = forStaff.path("data").path("choices").findValues("value").stream().map(JsonNode::asLong).toList();
        assertThat(staffValues).contains(mine, theirs);
        assertThat(forStaff.toString()).contains("#" + mine + " Autocomplete mine");
    }

    @Test
    void billing_inDiscordsIdiom() {
        String channel = "700000000000000007";
        assertThat(json(slash(staff, channel, "ticket", "link", Map.of("client", "Initech"))).toString()).contains("linked to Initech");
        long n = open(alice, channel, "Invoice me");
        String approve = estimate(staff, channel, n, "1-2h");
        assertThat(json(discord.post(DiscordClient.button(DiscordClient.newId(), alice, channel, approve))).get("type").asInt()).isEqualTo(7);
        json(slash(staff, channel, "log", null, Map.of("duration", "1h20m", "ticket", n)));
        json(slash(staff, channel, "ticket", "close", Map.of("ticket", n, "summary", "Done")));
        JsonNode issued = json(slash(staff, channel, "invoice", "issue", Map.of()));
        assertThat(issued.path("data").path("flags").asInt()).isEqualTo(64);
        assertThat(issued.toString()).contains("Ticket #" + n + " – Invoice me  1 h 20 min x $12/hr = $16.00");
        Matcher m = Pattern.compile("INV-\\d{4}-\\d{4}").matcher(issued.toString());
        assertThat(m.find()).isTrue();
        var posted = fake.await(API + "/channels/" + channel + "/messages", 1, c -> c.body().contains("Invoice " + m.group()), WAIT);
        assertThat(posted).hasSize(1);
        assertThat(json(slash(alice, channel, "invoice", "paid", Map.of("number", m.group(), "method", "wise"))).toString())
                .contains("Only agency staff");
        assertThat(json(slash(staff, channel, "invoice", "paid", Map.of("number", m.group(), "method", "wise", "amount", "6"))).toString())
                .contains("Amount due now $10.00");
        assertThat(json(slash(alice, channel, "invoice", "list", Map.of())).toString()).contains(m.group(), "$10.00");
        assertThat(json(slash(staff, channel, "invoice", "terms", Map.of("rate", "20", "term", 10L))).toString())
                .contains("$20/hour", "10 days");
    }

    @Test
    void aRepeatedInteractionId_actsOnce_andGetsTheSameAnswer() {
        String channel = "700000000000000006";
        var interaction = DiscordClient.command(DiscordClient.newId(), alice, channel, "ticket", "open", Map.of("title", "Only once on Discord"));
        var first = discord.post(interaction);
        var again = discord.post(interaction);
        assertThat(again.body()).isEqualTo(first.body());
        JsonNode list = json(slash(staff, channel, "ticket", "list", Map.of("scope", "all")));
        assertThat(Pattern.compile("Only once on Discord").matcher(list.toString()).results().count()).isEqualTo(1);
    }
}
