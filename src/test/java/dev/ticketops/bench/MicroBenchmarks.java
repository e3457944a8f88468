package dev.ticketops.bench;

import dev.ticketops.chat.Reply;
import dev.ticketops.discord.DiscordSignature;
import dev.ticketops.domain.EstimateRange;
import dev.ticketops.domain.WorkDuration;
import dev.ticketops.slack.SlackBlocks;
import dev.ticketops.slack.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH micro-benchmarks of the request path's pure parts. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MicroBenchmarks {
    private SlackSignature slack;
    private String slackTs;
    private byte[] slackBody;
    private String slackSig;
    private DiscordSignature discord;
    private String discordTs;
    private byte[] discordBody;
    private String discordSig;
    private Reply card;

    @Setup
    public void setUp() throws Exception {
        slack = new SlackSignature("8f742231b10e8888abcd99yyyzzz85a5");
        slackTs = Long.toString(Instant.now().getEpochSecond());
        slackBody = "token=x&team_id=T1&channel_id=C1&user_id=U1&user_name=sam&command=%2Flog&text=1.5h+%2312+fixed+the+css"
                .getBytes(StandardCharsets.UTF_8);
        slackSig = slack.sign(slackTs, slackBody);

        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] x509 = pair.getPublic().getEncoded();
        discord = new DiscordSignature(HexFormat.of().formatHex(java.util.Arrays.copyOfRange(x509, x509.length - 32, x509.length)));
        discordTs = slackTs;
        discordBody = "{\"type\":2,\"id\":\"1\",\"data\":{\"name\":\"log\",\"options\":[{\"name\":\"duration\",\"value\":\"1.5h\"}]}}"
                .getBytes(StandardCharsets.UTF_8);
        PrivateKey key = pair.getPrivate();
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(key);
        s.update(discordTs.getBytes(StandardCharsets.UTF_8));
        s.update(discordBody);
        discordSig = HexFormat.of().formatHex(s.sign());

        card = Reply.publicly().title("Ticket #152 – Checkout bug fix").text("The pay button does nothing since Monday")
                .field("Status", "Approved — work may begin").field("Client", "Acme Corp").field("Requested by", "@carol")
                .field("Billable", "Yes").field("Estimate", "2–3 hours at $12/hour").field("Approved", "by @carol at 2026-11-27 09:30 UTC")
                .field("Time logged", "1.5 hours").footer("Next: Work in progress: staff logs time with /log <duration> #152.")
                .button("Approve", "approve", "approve:152:7", Reply.Style.PRIMARY).build();
    }

    @Benchmark
    public Object parseDuration() {
        return WorkDuration.parse("1h30m");
    }

    @Benchmark
    public Object parseEstimateRange() {
        return EstimateRange.parse("90m-2h");
    }

    @Benchmark
    public Object verifySlackSignature() {
        return slack.reject(slackTs, slackSig, slackBody, Instant.now());
    }

    @Benchmark
    public boolean verifyDiscordEd25519() {
        return discord.verify(discordTs, discordSig, discordBody);
    }

    @Benchmark
    public String renderBlockKitTicketCard() {
        return SlackBlocks.message(card).toString();
    }
}
