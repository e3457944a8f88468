package dev.ticketops.support;

import dev.ticketops.support.SlackClient.User;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole TicketOps with Slack on (a local fake Slack Web API) for portal tests: people act in Slack with signed slash
 * commands, sign-in links are minted by {@code /ticket portal}, and the portal is used over real HTTP. The clock is
 * shared by the server and the signed requests, so tests can move it (link expiry, idle sessions, overdue invoices).
 */
public final class PortalWorld implements AutoCloseable {
    public static final String PUBLIC_URL = "https://support.example.com";
    public final User staff = new User("U_STAFF", "sam");
    public final User alice = new User("U_ALICE", "alice");
    public final User bob = new User("U_BOB", "bob");
    public static final String ACME = "C_ACME";
    public static final String BETA = "C_BETA";

    public final MutableClock clock = new MutableClock(Instant.now());
    public final FakeHttp slackApi;
    public final RunningServer server;
    public final SlackClient slack;

    public PortalWorld() {
        this(PUBLIC_URL);
    }

    public PortalWorld(String publicUrl) {
        try {
            slackApi = new FakeHttp();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        slackApi.respondWith(c -> c.path().equals("/api/chat.postMessage")
                ? FakeHttp.Answer.json(200, "{\"ok\":true,\"channel\":\"" + c.param("channel") + "\",\"ts\":\"1700000000.000100\"}")
                : FakeHttp.Answer.json(200, "{\"ok\":true,\"ts\":\"1700000000.000100\"}"));
        server = new RunningServer(Map.of("SLACK_SIGNING_SECRET", SlackClient.SECRET, "SLACK_BOT_TOKEN", "xoxb-test-token",
                "SLACK_API_URL", slackApi.url() + "/api/", "STAFF_SLACK_IDS", "U_STAFF", "SLACK_TEAM_ID", SlackClient.TEAM,
                "PUBLIC_URL", publicUrl), clock);
        slack = new SlackClient(server.url("/slack/events"), slackApi.url(), clock);
    }

    /** Links the two client channels to Acme and Beta (staff, in Slack). */
    public PortalWorld withClients() {
        say(staff, ACME, "/ticket", "link Acme");
        say(staff, BETA, "/ticket", "link Beta");
        return this;
    }

    public String say(User who, String channel, String command, String text) {
        return slack.slash(who, channel, command, text).body();
    }

    /** Opens a ticket in Slack and returns its number. */
    public long open(User who, String channel, String title) {
        Matcher m = Pattern.compile("Ticket #(\\d+) opened").matcher(say(who, channel, "/ticket", title));
        if (!m.find()) {
            throw new AssertionError("ticket not opened");
        }
        return Long.parseLong(m.group(1));
    }

    /** A ticket of the client in {@code channel} with an estimate waiting for approval. */
    public long estimated(User client, String channel, String title) {
        long n = open(client, channel, title);
        say(staff, channel, "/estimate", "#" + n + " 2-3h");
        return n;
    }

    /** {@code /ticket portal} in Slack: the private answer's text. */
    public String portalAnswer(User who, String channel) {
        return say(who, channel, "/ticket", "portal");
    }

    /** A portal session for {@code who}, signed in with a link minted in Slack. */
    public PortalClient signIn(User who, String channel) {
        PortalClient c = new PortalClient(server.url(""));
        var r = c.open(PortalClient.token(portalAnswer(who, channel)));
        if (r.statusCode() != 303) {
            throw new AssertionError("sign-in failed: " + r.statusCode() + " " + r.body());
        }
        return c;
    }

    @Override
    public void close() {
        server.close();
        slackApi.close();
    }
}
