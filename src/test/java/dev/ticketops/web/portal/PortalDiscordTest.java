package dev.ticketops.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ticketops.support.DiscordClient;
import dev.ticketops.support.DiscordClient.User;
import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.PortalClient;
import dev.ticketops.support.RunningServer;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code /ticket portal} on Discord: a private (ephemeral) one-time link; {@code action:logout-all} signs out. */
class PortalDiscordTest {
    @Test
    void theDiscordCommand_answersWithAPrivateLink_andLogoutAllEndsTheSession() throws Exception {
        try (FakeHttp fake = new FakeHttp()) {
            DiscordClient discord = new DiscordClient(null);
            User staff = new User("100000000000000001", "sam");
            User alice = new User("100000000000000002", "alice");
            try (RunningServer server = new RunningServer(Map.of("DISCORD_PUBLIC_KEY", discord.publicKeyHex(),
                    "DISCORD_APPLICATION_ID", DiscordClient.APP, "DISCORD_API_URL", fake.url() + "/api/v10",
                    "STAFF_DISCORD_IDS", staff.id(), "PUBLIC_URL", "https://support.example.com"), Clock.systemUTC())) {
                discord.at(server.url("/discord/interactions"));

                var answer = new ObjectMapper().readTree(discord.post(DiscordClient.command(DiscordClient.newId(), alice, "300000000000000001",
                        "ticket", "portal", Map.of())).body());

                assertThat(answer.path("data").path("flags").asInt()).as("ephemeral").isEqualTo(64);
                assertThat(answer.toString()).contains("https://support.example.com/portal/login?token=");
                PortalClient portal = new PortalClient(server.url(""));
                assertThat(portal.open(PortalClient.token(answer.toString())).statusCode()).isEqualTo(303);
                assertThat(portal.page("/portal").select(".who").text()).contains("alice").doesNotContain("staff");

                var out = discord.post(DiscordClient.command(DiscordClient.newId(), alice, "300000000000000001", "ticket", "portal",
                        Map.of("action", "logout-all")));

                assertThat(out.body()).contains("Signed out of the portal in 1 browser", "/ticket portal");
                assertThat(portal.get("/portal").statusCode()).isEqualTo(401);
            }
        }
    }
}
