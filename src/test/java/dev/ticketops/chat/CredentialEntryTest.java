package dev.ticketops.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.app.LinkChannel;
import dev.ticketops.app.OpenTicket;
import dev.ticketops.domain.CredentialScanner;
import dev.ticketops.domain.EstimateRange;
import dev.ticketops.support.World;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Credentials are taken out where typed text enters the conversation, before parsing, storing or echoing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CredentialEntryTest {
    World w;

    @BeforeAll
    void start() {
        w = new World();
    }

    @AfterAll
    void stop() {
        w.close();
    }

    @Test
    void aRefusalQuotingTypedText_neverEchoesTheSecret_andGivesTheAdviceOnce() {
        Reply r = w.say(w.staff, w.aliceChannel, "/log", "pw: N08refusal");
        assertThat(r.tone()).isEqualTo(Reply.Tone.REFUSAL);
        assertThat(r.plainText()).doesNotContain("N08refusal").contains("pw: [redacted]", "does not read as",
                "Credentials were removed from your message (password)");
        assertThat(r.plainText().split("Bitwarden Send", -1)).hasSize(2);
    }

    @Test
    void typedFields_areRedactedBeforeTheUseCaseSeesThem() {
        var n = w.open("Printer jam");
        var answer = w.chat.answer(clean -> new Command.Run(new OpenTicket.Command(w.alice, w.aliceChannel, clean.apply("VPN down"),
                clean.apply("The Wi-Fi password is S20wifi, see https://send.bitwarden.com/#/send/abc123"), false)),
                UUID.randomUUID().toString());
        assertThat(answer.reply().plainText()).doesNotContain("S20wifi").contains("https://send.bitwarden.com/#/send/abc123",
                "Bitwarden Send link with an expiry");
        var estimate = w.chat.answer(clean -> CommandFields.estimate(w.staff, n, EstimateRange.parse(clean.apply("2-3h")),
                clean.apply("Authorization: Bearer S14tokenvalue")), UUID.randomUUID().toString());
        assertThat(estimate.reply().plainText()).contains("Authorization header").doesNotContain("S14tokenvalue");
        String stored = w.ctx.tx(() -> w.ctx.stores().estimates().current(n).orElseThrow().note());
        assertThat(stored).isEqualTo("Authorization: Bearer [redacted]");
    }

    @Test
    void aRepeatedDelivery_getsTheStoredReply_builtFromRedactedText() {
        String key = UUID.randomUUID().toString();
        var first = w.chat.handle(new ChatRequest(w.alice, w.aliceChannel, "/ticket", "Router | my password is S03Hunter", key));
        var again = w.chat.answer(new ChatRequest(w.alice, w.aliceChannel, "/ticket", "Router | my password is S03Hunter", key));
        assertThat(again.first()).isFalse();
        assertThat(again.reply()).isEqualTo(first);
        assertThat(first.plainText()).doesNotContain("S03Hunter").contains(CredentialScanner.ADVICE);
    }

    @Test
    void aContactOrClientNameWithACredential_isRefused_notStoredWithAHole() {
        Reply terms = w.say(w.staff, w.aliceChannel, "/invoice", "terms alice contact=pw:S77contact");
        assertThat(terms.plainText()).doesNotContain("S77contact");
        Reply link = w.chat.answer(clean -> new Command.Run(new LinkChannel.Command(w.staff, World.channel("C_NEW"),
                clean.apply("Acme secret S23nosep"))), UUID.randomUUID().toString()).reply();
        assertThat(link.tone()).isEqualTo(Reply.Tone.REFUSAL);
        assertThat(link.plainText()).contains("looks like it contains a credential").doesNotContain("S23nosep");
    }
}
