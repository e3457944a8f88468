package dev.ticketops.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ticketops.chat.ActionCodec;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.support.DbFootprint;
import dev.ticketops.support.DiscordClient;
import dev.ticketops.support.DiscordClient.User;
import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.RunningServer;
import java.math.BigInteger;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bad input at {@code POST /discord/interactions}, case by case: the status, the private refusal with its reason and
 * what to do instead, the database as it was (the request log aside, where a refusal is recorded so a repeat gets the
 * same answer), and nothing sent to Discord's REST API. {@link DiscordHostileInputTest} covers the missing-field
 * shapes it lists; this matrix adds the rest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordBadInputMatrixTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String API = "/api/v10";
    static final String CHANNEL = "700000000000000070";
    /** 2^64: a ticket number this far above a long wraps around to the ticket it is added to when read as a long. */
    static final BigInteger TWO_TO_THE_64 = BigInteger.ONE.shiftLeft(64);

    static final User STAFF = new User("100000000000000001", "sam");
    static final User ALICE = new User("100000000000000002", "alice");

    FakeHttp fake;
    RunningServer server;
    DiscordClient discord;
    TicketNumber ticket;
    long estimate;
    long otherEstimate;

    @BeforeAll
    void start() throws Exception {
        fake = new FakeHttp();
        fake.respondWith(c -> c.path().endsWith("/messages") && c.method().equals("POST")
                ? FakeHttp.Answer.json(200, "{\"id\":\"" + System.nanoTime() + "\"}") : FakeHttp.Answer.json(200, "{}"));
        discord = new DiscordClient(null);
        server = new RunningServer(Map.of(
                "DISCORD_PUBLIC_KEY", discord.publicKeyHex(),
                "DISCORD_APPLICATION_ID", DiscordClient.APP,
                "DISCORD_BOT_TOKEN", "bot-token-test",
                "DISCORD_API_URL", fake.url() + API,
                "STAFF_DISCORD_IDS", STAFF.id()), Clock.systemUTC());
        discord.at(server.url("/discord/interactions"));
        ticket = openAndEstimate("Printer jams on page two");
        estimate = estimateOf(ticket);
        otherEstimate = estimateOf(openAndEstimate("VPN drops every hour"));
    }

    @AfterAll
    void stop() {
        server.close();
        fake.close();
    }

    TicketNumber openAndEstimate(String title) {
        var r = discord.post(DiscordClient.command(DiscordClient.newId(), ALICE, CHANNEL, "ticket", "open", Map.of("title", title)));
        Matcher m = Pattern.compile("Ticket #(\\d+) opened").matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        TicketNumber n = TicketNumber.of(Long.parseLong(m.group(1)));
        discord.post(DiscordClient.command(DiscordClient.newId(), STAFF, CHANNEL, "estimate", null,
                Map.of("ticket", n.value(), "hours", "2-3h")));
        // the card goes out through the outbox: wait for it, so no late delivery counts against a case
        assertThat(fake.await(API + "/channels/" + CHANNEL + "/messages", 1,
                c -> c.body().contains("\"approve:" + n.value() + ":"), java.time.Duration.ofSeconds(30))).hasSize(1);
        return n;
    }

    long estimateOf(TicketNumber n) {
        var ctx = new dev.ticketops.support.StoreAccess(server.app.database().stores(), null);
        return ctx.tx(() -> ctx.stores().estimates().current(n).orElseThrow().id());
    }

    static JsonNode json(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + s, e);
        }
    }

    /** Sets an option's raw JSON value (and type), whatever {@link DiscordClient#command} made of it. */
    static ObjectNode withOption(ObjectNode interaction, String name, int type, JsonNode value) {
        ArrayNode options = (ArrayNode) interaction.path("data").path("options");
        if (!options.isEmpty() && options.get(0).path("type").asInt() == 1) {
            options = (ArrayNode) options.get(0).path("options");
        }
        for (JsonNode o : options) {
            if (o.path("name").asText().equals(name)) {
                ((ObjectNode) o).put("type", type).set("value", value);
                return interaction;
            }
        }
        options.addObject().put("name", name).put("type", type).set("value", value);
        return interaction;
    }

    // ---- broken shapes: 400 before anything runs ---------------------------------------------------------------------

    /** Signed interactions without a usable id or user (beyond the missing ones in {@link DiscordHostileInputTest}). */
    enum Shapeless {
        AN_EMPTY_ID(n -> n.put("id", "")),
        A_NULL_ID(n -> n.putNull("id")),
        A_MEMBER_WITHOUT_USER(n -> {
            ((ObjectNode) n.path("member")).remove("user");
            return n;
        }),
        A_USER_WITHOUT_ID(n -> {
            ((ObjectNode) n.path("member").path("user")).remove("id");
            return n;
        }),
        A_USER_WITH_AN_EMPTY_ID(n -> {
            ((ObjectNode) n.path("member").path("user")).put("id", "");
            return n;
        }),
        A_TYPE_AS_TEXT(n -> n.put("type", "2")),
        NOT_AN_OBJECT(n -> JSON.createObjectNode().put("x", 1)),
        A_COMMAND_WITHOUT_A_NAME(n -> {
            ((ObjectNode) n.path("data")).remove("name");
            return n;
        });

        final Function<ObjectNode, ObjectNode> change;

        Shapeless(Function<ObjectNode, ObjectNode> change) {
            this.change = change;
        }
    }

    @ParameterizedTest
    @EnumSource(Shapeless.class)
    void anInteractionWithoutAUsableIdOrUser_is400WithTheReason_andChangesNothing(Shapeless broken) {
        DbFootprint before = DbFootprint.settled(server.db);
        int sent = fake.calls().size();
        ObjectNode valid = DiscordClient.command(DiscordClient.newId(), ALICE, CHANNEL, "ticket", "open", Map.of("title", "Would open"));

        var r = discord.post(broken.change.apply(valid));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(json(r.body()).path("error").asText()).isNotBlank();
        assertThat(DbFootprint.of(server.db)).isEqualTo(before);
        assertThat(fake.calls()).hasSize(sent);
    }

    // ---- well-formed, but the command or its options are wrong: a private refusal -------------------------------------

    /** A command whose name, options or option types are wrong; {@code says} is part of the refusal. */
    enum BadCommand {
        AN_UNKNOWN_COMMAND(m -> DiscordClient.command(id(), STAFF, CHANNEL, "frobnicate", null, Map.of()), "I do not know the command /frobnicate"),
        AN_UNKNOWN_COMMAND_WITH_OPTIONS(m -> DiscordClient.command(id(), STAFF, CHANNEL, "deploy", "prod", Map.of("ticket", 1L)),
                "I do not know the command /deploy"),
        TICKET_AS_TEXT(m -> DiscordClient.command(id(), STAFF, CHANNEL, "estimate", null, Map.of("ticket", "first", "hours", "1-2h")),
                "Which ticket?"),
        TICKET_AS_A_BOOLEAN(m -> DiscordClient.command(id(), STAFF, CHANNEL, "ticket", "close", Map.of("ticket", true, "summary", "done")),
                "Which ticket?"),
        TICKET_AS_A_FRACTION(m -> withOption(DiscordClient.command(id(), STAFF, CHANNEL, "ticket", "reopen", Map.of()),
                "ticket", 10, JSON.getNodeFactory().numberNode(m.ticket.value() + 0.5)), "Which ticket?"),
        TICKET_AS_AN_OBJECT(m -> withOption(DiscordClient.command(id(), STAFF, CHANNEL, "ticket", "show", Map.of()),
                "ticket", 4, JSON.createObjectNode().put("value", m.ticket.value())), "Which ticket?"),
        TICKET_ZERO(m -> DiscordClient.command(id(), STAFF, CHANNEL, "estimate", null, Map.of("ticket", 0L, "hours", "1-2h")), "Which ticket?"),
        TICKET_NEGATIVE(m -> DiscordClient.command(id(), STAFF, CHANNEL, "ticket", "close", Map.of("ticket", -m.ticket.value(), "summary", "done")),
                "Which ticket?"),
        TICKET_NEGATIVE_AS_TEXT(m -> DiscordClient.command(id(), STAFF, CHANNEL, "log", null, Map.of("ticket", "-" + m.ticket.value(), "duration", "1h")),
                "On which ticket?"),
        TICKET_HUGE(m -> DiscordClient.command(id(), STAFF, CHANNEL, "estimate", null, Map.of("ticket", 999_999_999_999L, "hours", "1-2h")), null),
        TICKET_BEYOND_A_LONG_THAT_WRAPS_TO_A_REAL_ONE(m -> withOption(DiscordClient.command(id(), STAFF, CHANNEL, "estimate", null,
                Map.of("hours", "5-6h")), "ticket", 4, JSON.getNodeFactory().numberNode(TWO_TO_THE_64.add(BigInteger.valueOf(m.ticket.value())))),
                "Which ticket?"),
        TICKET_BEYOND_A_LONG_AS_TEXT(m -> DiscordClient.command(id(), STAFF, CHANNEL, "ticket", "close",
                Map.of("ticket", TWO_TO_THE_64.add(BigInteger.valueOf(m.ticket.value())).toString(), "summary", "done")), "Which ticket?"),
        HOURS_AS_A_BOOLEAN(m -> DiscordClient.command(id(), STAFF, CHANNEL, "estimate", null, Map.of("ticket", m.ticket.value(), "hours", true)), null),
        BILLABLE_AS_TEXT(m -> DiscordClient.command(id(), STAFF, CHANNEL, "ticket", "billable", Map.of("ticket", m.ticket.value(), "value", "nope")),
                "Say whether it is billable"),
        MISSING_TICKET(m -> DiscordClient.command(id(), STAFF, CHANNEL, "ticket", "show", Map.of()), "Which ticket?"),
        MISSING_HOURS(m -> DiscordClient.command(id(), STAFF, CHANNEL, "estimate", null, Map.of("ticket", m.ticket.value())), null),
        MISSING_SUMMARY(m -> DiscordClient.command(id(), STAFF, CHANNEL, "ticket", "close", Map.of("ticket", m.ticket.value())), "needs a summary"),
        MISSING_TITLE(m -> DiscordClient.command(id(), ALICE, CHANNEL, "ticket", "open", Map.of()), null),
        MISSING_DURATION(m -> DiscordClient.command(id(), STAFF, CHANNEL, "log", null, Map.of("ticket", m.ticket.value())), null),
        MISSING_INVOICE_NUMBER(m -> DiscordClient.command(id(), STAFF, CHANNEL, "invoice", "paid", Map.of("method", "wise")), null),
        AN_INVOICE_NUMBER_BEFORE_2000(m -> DiscordClient.command(id(), STAFF, CHANNEL, "invoice", "show", Map.of("number", "INV-1999-0001")), null),
        A_PAYMENT_FOR_INVOICE_YEAR_ZERO(m -> DiscordClient.command(id(), STAFF, CHANNEL, "invoice", "paid",
                Map.of("number", "INV-0000-0001", "method", "wise", "amount", "10.00")), null),
        AN_INVOICE_NUMBER_BEYOND_AN_INT(m -> DiscordClient.command(id(), STAFF, CHANNEL, "invoice", "show", Map.of("number", "INV-2026-99999999999")), null),
        MISSING_OVERRIDE_TICKET(m -> DiscordClient.command(id(), STAFF, CHANNEL, "invoice", "override", Map.of("reason", "urgent")),
                "Which ticket may continue?");

        final Function<DiscordBadInputMatrixTest, ObjectNode> interaction;
        /** Part of the refusal where the adapter refuses; null where the use case refuses in its own words. */
        final String says;

        BadCommand(Function<DiscordBadInputMatrixTest, ObjectNode> interaction, String says) {
            this.interaction = interaction;
            this.says = says;
        }
    }

    static String id() {
        return DiscordClient.newId();
    }

    /** The private refusal Discord shows: an ephemeral message whose embed says why and what to do instead. */
    static JsonNode privateRefusal(java.net.http.HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = json(r.body());
        assertThat(body.path("type").asInt()).as(r.body()).isEqualTo(4);
        JsonNode embed = body.path("data").path("embeds").path(0);
        assertThat(body.path("data").path("flags").asInt() & 64).as("ephemeral: " + r.body()).isEqualTo(64);
        assertThat(embed.path("color").asInt()).as("a refusal's colour: " + r.body()).isEqualTo(0xE74C3C);
        assertThat(embed.path("title").asText() + embed.path("description").asText()).isNotBlank();
        return embed;
    }

    @ParameterizedTest
    @EnumSource(BadCommand.class)
    void aCommandWithAnUnknownNameOrWrongOptions_isRefusedPrivately_withTheReason_andChangesNothing(BadCommand bad) {
        DbFootprint before = DbFootprint.settled(server.db).without(DbFootprint.REQUEST_LOG);
        int sent = fake.calls().size();

        var r = discord.post(bad.interaction.apply(this));

        JsonNode embed = privateRefusal(r);
        if (bad.says != null) {
            assertThat(embed.toString()).contains(bad.says);
        }
        assertThat(DbFootprint.of(server.db).without(DbFootprint.REQUEST_LOG)).isEqualTo(before);
        assertThat(fake.calls()).hasSize(sent);
    }

    @Test
    void theWrappedTicketNumber_wouldOtherwiseAct_soTheMatrixCaseIsNotVacuous() {
        TicketNumber spare = openAndEstimate("Spare ticket for the control case");
        long before = estimateOf(spare);

        var r = discord.post(DiscordClient.command(id(), STAFF, CHANNEL, "estimate", null, Map.of("ticket", spare.value(), "hours", "5-6h")));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(estimateOf(spare)).isNotEqualTo(before);
    }

    // ---- button custom ids ------------------------------------------------------------------------------------------

    /** A custom id derived from a valid one the codec wrote for {@code ticket} and its estimate. */
    enum CustomId {
        GARBAGE(m -> "%%not a button%%", "not one I know"),
        ONLY_AN_ACTION(m -> ActionCodec.APPROVE, "not one I know"),
        ANOTHER_TICKETS_ESTIMATE(m -> ActionCodec.encode(Decision.APPROVED, m.ticket, m.otherEstimate), null),
        AN_ESTIMATE_ON_A_TICKET_THAT_DOES_NOT_EXIST(m -> ActionCodec.encode(Decision.APPROVED, TicketNumber.of(987654), m.estimate), null),
        A_NEGATIVE_TICKET(m -> m.valid().replace(":" + m.ticket.value() + ":", ":-" + m.ticket.value() + ":"), "not one I know"),
        A_NEGATIVE_ESTIMATE(m -> m.valid().replaceAll(":\\d+$", ":-" + m.estimate), "not one I know"),
        TICKET_ZERO(m -> m.valid().replace(":" + m.ticket.value() + ":", ":0:"), "not one I know"),
        AN_OVERFLOWING_TICKET(m -> m.valid().replace(":" + m.ticket.value() + ":", ":99999999999999999999:"), "not one I know"),
        AN_OVERFLOWING_ESTIMATE(m -> m.valid().replaceAll(":\\d+$", ":99999999999999999999"), "not one I know"),
        A_WRONG_PREFIX(m -> m.valid().replaceFirst("^approve", "approval"), "not one I know"),
        AN_EXTRA_TIME_PREFIX_ON_AN_ESTIMATE(m -> "x" + m.valid(), null),
        A_MISSING_PART(m -> m.valid().replaceAll(":\\d+$", ""), "not one I know"),
        AN_EXTRA_PART(m -> m.valid() + ":1", "not one I know"),
        UPPER_CASE(m -> m.valid().toUpperCase(java.util.Locale.ROOT), "not one I know");

        final Function<DiscordBadInputMatrixTest, String> customId;
        final String says;

        CustomId(Function<DiscordBadInputMatrixTest, String> customId, String says) {
            this.customId = customId;
            this.says = says;
        }
    }

    String valid() {
        return ActionCodec.encode(Decision.APPROVED, ticket, estimate);
    }

    @ParameterizedTest
    @EnumSource(CustomId.class)
    void aMalformedOrForeignButton_isRefusedPrivately_withTheReason_andDecidesNothing(CustomId bad) {
        DbFootprint before = DbFootprint.settled(server.db).without(DbFootprint.REQUEST_LOG);
        int sent = fake.calls().size();
        String customId = bad.customId.apply(this);
        assertThat(customId).isNotEqualTo(valid());

        var r = discord.post(DiscordClient.button(id(), ALICE, CHANNEL, customId));

        JsonNode embed = privateRefusal(r);
        assertThat(embed.toString()).doesNotContain("Approved by");
        if (bad.says != null) {
            assertThat(embed.toString()).contains(bad.says, "/ticket show");
        }
        assertThat(DbFootprint.of(server.db).without(DbFootprint.REQUEST_LOG)).isEqualTo(before);
        assertThat(fake.calls()).hasSize(sent);
    }
}
