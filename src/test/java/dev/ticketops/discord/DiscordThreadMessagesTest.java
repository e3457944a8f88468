package dev.ticketops.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.app.RecordThreadMessage;
import dev.ticketops.app.port.ThreadRef;
import dev.ticketops.app.port.TicketThread;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.jobs.OutboxRelay;
import dev.ticketops.outbound.Resilience;
import dev.ticketops.support.FakeHttp;
import dev.ticketops.support.World;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Gateway mode at its seam (the listener hands JDA's message events to {@link DiscordInteractions}): a message in a
 * ticket's thread is recorded; one with a credential is recorded redacted, and the bot deletes it and reposts it
 * redacted with the Bitwarden Send advice through the fake Discord REST; its own deletion of that message does not
 * take it out of the conversation; bots and threads of no ticket are ignored.
 */
class DiscordThreadMessagesTest {
    static final String API = "/api/v10";
    static final String GUILD = "222222222222222222";
    static final String CHANNEL = "700000000000000300";
    static final String THREAD = "800000000000000301";

    final World w = new World();
    final DiscordSettings settings = new DiscordSettings(DiscordSettings.Mode.GATEWAY, Optional.empty(), Optional.empty(),
            Optional.of("token"), DiscordSettings.DEFAULT_API_URL, Optional.of(GUILD), Set.of("100000000000000001"),
            Optional.of("Support"));
    final DiscordInteractions handler = new DiscordInteractions(w.chat, w.app.listTickets(), settings, (g, r) -> Set.of());

    @AfterEach
    void close() {
        w.close();
    }

    /** A ticket opened on Discord whose card started thread {@link #THREAD}. */
    TicketNumber ticketInThread() {
        ChannelRef channel = new ChannelRef(Platform.DISCORD, GUILD, CHANNEL);
        TicketNumber n = w.open(dev.ticketops.support.World.person("100000000000000002", "dora",
                dev.ticketops.domain.Role.CLIENT), channel, "Shop is down");
        w.ctx.tx(() -> {
            w.database().stores().threads().started(n, TicketThread.Side.CLIENT,
                    new ThreadRef(Platform.DISCORD, GUILD, CHANNEL, "900000000000000001", THREAD), w.clock.instant());
            return null;
        });
        return n;
    }

    List<String> bodies(TicketNumber n) throws Exception {
        try (Connection c = w.db.target().connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT body FROM ticket_messages WHERE deleted_at IS NULL AND ticket_number = " + n.value() + " ORDER BY id")) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    @Test
    void aCredentialInAThread_isDeletedAndRepostedRedacted_andStaysInTheConversation() throws Exception {
        TicketNumber n = ticketInThread();

        var recorded = handler.threadMessage(GUILD, THREAD, "950000000000000001", "100000000000000002", "dora", List.of(),
                List.of(), "admin login: root / password: Tr0ub4dor&3-horse");
        var elsewhere = handler.threadMessage(GUILD, "800000000000000999", "950000000000000002", "100000000000000002", "dora",
                List.of(), List.of(), "hello");

        assertThat(recorded.outcome()).isEqualTo(RecordThreadMessage.Outcome.RECORDED);
        assertThat(elsewhere.outcome()).isEqualTo(RecordThreadMessage.Outcome.NOT_A_TICKET_THREAD);
        assertThat(bodies(n)).singleElement().satisfies(b -> assertThat(b).doesNotContain("Tr0ub4dor"));

        try (FakeHttp fake = new FakeHttp()) {
            fake.respondWith(c -> c.method().equals("DELETE") ? new FakeHttp.Answer(204, "", Map.of())
                    : FakeHttp.Answer.json(200, "{\"id\":\"960000000000000001\"}"));
            var sender = new DiscordSender(new DiscordRest(fake.url() + API, Optional.of("t"),
                    new Resilience("discord", Resilience.Settings.defaults())));
            try (OutboxRelay relay = new OutboxRelay(w.database().transactions(), w.database().outboxQueue(),
                    w.database().stores().threads(), Map.of(Platform.DISCORD, sender), w.clock, Duration.ZERO,
                    Duration.ofSeconds(1), Duration.ofMinutes(1))) {
                relay.drain();
            }
            assertThat(fake.delivered(API + "/channels/" + THREAD + "/messages/950000000000000001", c -> c.method().equals("DELETE")))
                    .hasSize(1);
            var repost = fake.delivered(API + "/channels/" + THREAD + "/messages", c -> c.method().equals("POST")
                    && c.body().contains("@dora wrote"));
            assertThat(repost).hasSize(1);
            assertThat(repost.get(0).body()).contains("Bitwarden Send").doesNotContain("Tr0ub4dor");
        }
        // the gateway then reports the deletion the bot made: the redacted message stays in the conversation
        handler.threadMessageChanged(THREAD, "950000000000000001", null);
        assertThat(bodies(n)).hasSize(1);

        // an edit by the author is followed; their own deletion of a plain message takes it out
        handler.threadMessage(GUILD, THREAD, "950000000000000003", "100000000000000002", "dora", List.of(), List.of(), "typo hre");
        handler.threadMessageChanged(THREAD, "950000000000000003", "typo here");
        assertThat(bodies(n)).contains("typo here");
        handler.threadMessageChanged(THREAD, "950000000000000003", null);
        assertThat(bodies(n)).doesNotContain("typo here");
    }
}
