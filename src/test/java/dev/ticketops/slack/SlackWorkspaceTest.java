package dev.ticketops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.RunningServer;
import dev.ticketops.support.SlackClient;
import dev.ticketops.support.SlackClient.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which workspace TicketOps serves: SLACK_TEAM_ID, or the bot token's team as auth.test tells it. */
class SlackWorkspaceTest {
    final User alice = new User("U_ALICE", "alice");
    final User staff = new User("U_STAFF", "sam");

    @Test
    void untilAuthTestHasAnswered_staffAreToldTheirRightsCannotBeConfirmed_clientsAreServed_andStaffOnceItAnswers() throws Exception {
        try (FakeHttp fake = new FakeHttp()) {
            fake.respondWith(c -> FakeHttp.Answer.json(200, "{\"ok\":false,\"error\":\"invalid_auth\"}"));
            try (RunningServer server = new RunningServer(Map.of("SLACK_SIGNING_SECRET", SlackClient.SECRET,
                    "SLACK_BOT_TOKEN", "xoxb-test-token", "SLACK_API_URL", fake.url() + "/api/", "STAFF_SLACK_IDS", staff.id()),
                    Clock.systemUTC())) {
                SlackClient slack = new SlackClient(server.url("/slack/events"), fake.url(), Clock.systemUTC());

                assertThat(slack.slash(alice, "C_WS", "/ticket", "Printer offline").body()).contains("Ticket #1 opened");
                var staffRefused = slack.slash(staff, "C_WS", "/ticket", "list all");
                assertThat(staffRefused.statusCode()).isEqualTo(200);
                assertThat(staffRefused.body()).contains("could not confirm yet which Slack workspace", "cannot tell that you are staff",
                        "nothing was done", "SLACK_TEAM_ID").doesNotContain("All tickets");
                assertThat(slack.slash(alice, "C_WS", "/ticket", "list").body()).contains("tickets").doesNotContain("could not confirm");

                fake.respondWith(c -> FakeHttp.Answer.json(200, "{\"ok\":true,\"user\":\"ticketops\",\"team\":\"Agency\","
                        + "\"user_id\":\"UBOT\",\"team_id\":\"" + SlackClient.TEAM + "\"}"));
                String body = "";
                Instant deadline = Instant.now().plusSeconds(10);
                while (Instant.now().isBefore(deadline) && !body.contains("All tickets")) {
                    body = slack.slash(staff, "C_WS", "/ticket", "list all").body();
                }
                assertThat(body).contains("All tickets").doesNotContain("could not confirm");
            }
        }
    }

    @Test
    void withSlackTeamIdSet_thatTeamIsServedWithoutAskingSlack_andNoOtherIs() {
        SlackWorkspace configured = new SlackWorkspace(Optional.of("T0TEAM"), null, Runnable::run);

        assertThat(configured.refusal("T0TEAM", true)).isEmpty();
        assertThat(configured.serves("T0TEAM")).isTrue();
        assertThat(configured.serves("T0OTHER")).isFalse();
        assertThat(configured.refusal("T0OTHER", false)).get().extracting(r -> r.text()).asString()
                .contains("This Slack workspace is not connected to TicketOps");
    }
}
