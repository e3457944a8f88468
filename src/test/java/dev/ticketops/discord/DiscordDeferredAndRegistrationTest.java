package dev.ticketops.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ticketops.app.port.DeliveryException;
import dev.ticketops.outbound.Resilience;
import dev.ticketops.support.DiscordClient;
import dev.ticketops.support.DiscordClient.User;
import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.RunningServer;
import dev.ticketops.support.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscordDeferredAndRegistrationTest {
    static final String API = "/api/v10";

    @Test
    void slowWork_isDeferred_andCompletedThroughTheInteractionWebhook() throws Exception {
        try (FakeHttp fake = new FakeHttp()) {
            DiscordClient discord = new DiscordClient(null);
            var tuning = RunningServer.FAST.withDiscordDeferAfter(Duration.ZERO);
            try (RunningServer server = new RunningServer(TestDatabases.newDatabase(), Map.of(
                    "DISCORD_PUBLIC_KEY", discord.publicKeyHex(), "DISCORD_APPLICATION_ID", DiscordClient.APP,
                    "DISCORD_BOT_TOKEN", "t", "DISCORD_API_URL", fake.url() + API, "STAFF_DISCORD_IDS", "100000000000000001"),
                    Clock.systemUTC(), tuning)) {
                discord.at(server.url("/discord/interactions"));
                User alice = new User("100000000000000002", "alice");
                String id = DiscordClient.newId();
                var deferred = discord.post(DiscordClient.command(id, alice, "700000000000000010", "ticket", "list", Map.of()));
                assertThat(deferred.body()).isEqualTo("{\"type\":5,\"data\":{\"flags\":64}}");
                var edit = fake.await(API + "/webhooks/" + DiscordClient.APP + "/tok-" + id + "/messages/@original", 1,
                        c -> c.method().equals("PATCH"), Duration.ofSeconds(10));
                assertThat(edit).hasSize(1);
                assertThat(edit.get(0).body()).contains("No open tickets");

                String openId = DiscordClient.newId();
                discord.post(DiscordClient.command(openId, alice, "700000000000000010", "ticket", "open", Map.of("title", "Deferred open")));
                // the opener's answer is private: the deferred reply is edited in place (the card everyone sees is the
                // bot's own message, through the outbox)
                var opened = fake.await(API + "/webhooks/" + DiscordClient.APP + "/tok-" + openId + "/messages/@original", 1,
                        c -> c.method().equals("PATCH") && c.body().contains("Deferred open"), Duration.ofSeconds(10));
                assertThat(opened).hasSize(1);

                // a slow click by a stranger: the refusal goes beside the estimate card, privately, never over it
                String clickId = DiscordClient.newId();
                User stranger = new User("100000000000000005", "mallory");
                var deferredClick = discord.post(DiscordClient.button(clickId, stranger, "700000000000000010", "approve:1:1"));
                assertThat(deferredClick.body()).isEqualTo("{\"type\":6}");
                var followUp2 = fake.await(API + "/webhooks/" + DiscordClient.APP + "/tok-" + clickId, 1,
                        c -> c.method().equals("POST"), Duration.ofSeconds(10));
                assertThat(followUp2).hasSize(1);
                assertThat(followUp2.get(0).body()).contains("\"flags\":64");
                Thread.sleep(300);
                assertThat(fake.calls(API + "/webhooks/" + DiscordClient.APP + "/tok-" + clickId + "/messages/@original")).isEmpty();
            }
        }
    }

    @Test
    void registration_installsTheManifest_andReportsWhatChanged() throws Exception {
        try (FakeHttp fake = new FakeHttp()) {
            String path = API + "/applications/" + DiscordClient.APP + "/guilds/" + DiscordClient.GUILD + "/commands";
            var defs = DiscordRegistration.definitions(Path.of(""));
            JsonNode installedTicket = defs.get(0).deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) installedTicket).put("description", "old words").put("id", "1").put("version", "9");
            String existing = "[" + installedTicket + ",{\"id\":\"2\",\"name\":\"legacy\",\"description\":\"gone\",\"type\":1}," + withServerFields(defs.get(1)) + "]";
            fake.respondWith(c -> c.method().equals("GET") ? FakeHttp.Answer.json(200, existing) : FakeHttp.Answer.json(200, c.body()));
            var rest = new DiscordRest(fake.url() + API, Optional.of("bot-token"), new Resilience("discord", Resilience.Settings.defaults()));
            var report = new DiscordRegistration(rest).register(DiscordClient.APP, Optional.of(DiscordClient.GUILD), defs);
            assertThat(report.changed()).containsExactly("ticket");
            assertThat(report.unchanged()).containsExactly("estimate");
            assertThat(report.added()).containsExactly("log", "invoice");
            assertThat(report.removed()).containsExactly("legacy");
            var put = fake.calls(path).stream().filter(c -> c.method().equals("PUT")).toList();
            assertThat(put).hasSize(1);
            assertThat(put.get(0).headers().get("authorization")).isEqualTo("Bot bot-token");
            assertThat(put.get(0).body()).contains("\"name\":\"ticket\"", "\"name\":\"estimate\"", "\"name\":\"log\"", "\"autocomplete\":true");
            assertThat(report.describe()).contains("changed   /ticket", "removed   /legacy", "added     /log");

            // nothing to change: no PUT
            fake.reset();
            StringBuilder all = new StringBuilder("[");
            defs.forEach(d -> all.append(all.length() > 1 ? "," : "").append(withServerFields(d)));
            String same = all.append("]").toString();
            fake.respondWith(c -> FakeHttp.Answer.json(200, same));
            var again = new DiscordRegistration(rest).register(DiscordClient.APP, Optional.empty(), defs);
            assertThat(again.describe()).contains("nothing to change");
            assertThat(fake.calls().stream().filter(c -> c.method().equals("PUT"))).isEmpty();
            assertThat(fake.calls().get(0).path()).isEqualTo(API + "/applications/" + DiscordClient.APP + "/commands");
        }
    }

    @Test
    void aRateLimitedCall_waitsForRetryAfter_thenSucceeds() throws Exception {
        try (FakeHttp fake = new FakeHttp()) {
            fake.fail(API + "/channels/1/messages", 1, new FakeHttp.Answer(429, "{\"message\":\"You are being rate limited.\",\"retry_after\":0.3,\"global\":false}",
                    Map.of("Content-Type", "application/json")));
            fake.respondWith(c -> FakeHttp.Answer.json(200, "{\"id\":\"42\"}"));
            var rest = new DiscordRest(fake.url() + API, Optional.of("t"), new Resilience("discord", Resilience.Settings.defaults()));
            long t0 = System.nanoTime();
            assertThat(rest.createMessage("1", DiscordJson.JSON.createObjectNode().put("content", "hi"))).isEqualTo("42");
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
            fake.fail(API + "/channels/2/messages", 1, FakeHttp.Answer.json(403, "{\"message\":\"Missing Access\"}"));
            try {
                rest.createMessage("2", DiscordJson.JSON.createObjectNode());
                throw new AssertionError("expected a refusal");
            } catch (DeliveryException e) {
                assertThat(e.retryable()).isFalse();
                assertThat(e.getMessage()).contains("Missing Access");
            }
        }
    }

    /** A definition as Discord lists it once installed: with ids, its echo of contexts and the fields it defaults. */
    static String withServerFields(JsonNode def) {
        var copy = (com.fasterxml.jackson.databind.node.ObjectNode) def.deepCopy();
        copy.put("id", "77").put("application_id", DiscordClient.APP).put("version", "1").put("nsfw", false)
                .put("dm_permission", false).putArray("integration_types").add(0);
        if (!def.has("default_member_permissions")) {
            copy.putNull("default_member_permissions");
        }
        return copy.toString();
    }

    @Test
    void registration_seesAChangeOfWhoSeesACommandOrWhereItShows() throws Exception {
        try (FakeHttp fake = new FakeHttp()) {
            var defs = DiscordRegistration.definitions(Path.of(""));
            var installed = new StringBuilder("[");
            for (JsonNode def : defs) {
                var old = (com.fasterxml.jackson.databind.node.ObjectNode) DiscordJson.JSON.readTree(withServerFields(def));
                switch (def.path("name").asText()) {
                    // installed before default_member_permissions: visible to every member
                    case "estimate" -> old.putNull("default_member_permissions");
                    // installed with the deprecated dm_permission only: Discord lists no contexts
                    case "ticket" -> old.putNull("contexts");
                    default -> { }
                }
                installed.append(installed.length() > 1 ? "," : "").append(old);
            }
            String existing = installed.append("]").toString();
            fake.respondWith(c -> c.method().equals("GET") ? FakeHttp.Answer.json(200, existing) : FakeHttp.Answer.json(200, c.body()));
            var rest = new DiscordRest(fake.url() + API, Optional.of("bot-token"), new Resilience("discord", Resilience.Settings.defaults()));

            var report = new DiscordRegistration(rest).register(DiscordClient.APP, Optional.empty(), defs);

            assertThat(report.changed()).containsExactly("ticket", "estimate");
            assertThat(report.unchanged()).containsExactly("log", "invoice");
            var put = fake.calls().stream().filter(c -> c.method().equals("PUT")).toList();
            assertThat(put).hasSize(1);
            assertThat(put.get(0).body()).contains("\"default_member_permissions\":\"0\"", "\"contexts\":[0]")
                    .doesNotContain("dm_permission");
        }
    }
}
