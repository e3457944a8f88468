package dev.ticketops.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.support.PortalClient;
import dev.ticketops.support.PortalWorld;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Signing in to the portal with a link from {@code /ticket portal} (Slack, over real HTTP): one use, 15 minutes, only
 * hashes stored, the session cookie's flags, idle expiry, revocation from chat, CSRF on every form, security headers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalSignInTest {
    PortalWorld w;

    @BeforeAll
    void start() {
        w = new PortalWorld().withClients();
    }

    @AfterAll
    void stop() {
        w.close();
    }

    static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    long count(String sql, String arg) throws Exception {
        try (Connection c = w.server.db.connect(); var ps = c.prepareStatement(sql)) {
            for (int i = 1; i <= ps.getParameterMetaData().getParameterCount(); i++) {
                ps.setString(i, arg);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void portalCommand_answersPrivatelyWithALinkUnderPublicUrl_andStoresOnlyItsHash() throws Exception {
        String answer = w.portalAnswer(w.alice, PortalWorld.ACME);

        assertThat(answer).contains(PortalWorld.PUBLIC_URL + "/portal/login?token=").contains("ephemeral").contains("15 minutes");
        String token = PortalClient.token(answer);
        assertThat(count("SELECT COUNT(*) FROM portal_links WHERE token_hash = ? AND used_at IS NULL", sha256(token))).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM portal_links WHERE token_hash = ?", token)).isZero();
        // the reply is not kept with the request key either (that would store the secret)
        assertThat(count("SELECT COUNT(*) FROM processed_requests WHERE response LIKE CONCAT('%', ?, '%')", token)).isZero();
    }

    @Test
    void openingTheLink_setsAnHttpOnlyLaxSecureCookie_storedHashed_andRedirectsToThePortal() throws Exception {
        PortalClient c = new PortalClient(w.server.url(""));
        var r = c.open(PortalClient.token(w.portalAnswer(w.alice, PortalWorld.ACME)));

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/portal");
        String setCookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).startsWith("ticketops_portal=").contains("HttpOnly", "SameSite=Lax", "Secure", "Path=/portal");
        String session = c.cookie().substring("ticketops_portal=".length());
        assertThat(count("SELECT COUNT(*) FROM portal_sessions WHERE session_hash = ?", sha256(session))).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM portal_sessions WHERE session_hash = ? OR csrf_token = ?", session)).isZero();
        var home = c.page("/portal");
        assertThat(home.select("h1").text()).isEqualTo("My tickets");
        assertThat(home.select(".who").text()).contains("alice");
    }

    @Test
    void aLink_signsInOnce() {
        String token = PortalClient.token(w.portalAnswer(w.alice, PortalWorld.ACME));
        assertThat(new PortalClient(w.server.url("")).open(token).statusCode()).isEqualTo(303);

        PortalClient second = new PortalClient(w.server.url(""));
        var again = second.open(token);

        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(second.signedIn()).isFalse();
        assertThat(again.body()).contains("unknown, already used or expired").contains("/ticket portal in Slack or Discord");
    }

    @Test
    void aLink_expiresAfter15Minutes() {
        String late = PortalClient.token(w.portalAnswer(w.alice, PortalWorld.ACME));
        String inTime = PortalClient.token(w.portalAnswer(w.alice, PortalWorld.ACME));
        w.clock.advance(Duration.ofMinutes(14));
        assertThat(new PortalClient(w.server.url("")).open(inTime).statusCode()).isEqualTo(303);

        w.clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        var r = new PortalClient(w.server.url("")).open(late);

        assertThat(r.statusCode()).isEqualTo(410);
        assertThat(r.body()).contains("/ticket portal");
    }

    @Test
    void linkPreviews_doNotSpendTheLink() {
        String token = PortalClient.token(w.portalAnswer(w.alice, PortalWorld.ACME));
        PortalClient bot = new PortalClient(w.server.url(""));
        assertThat(bot.open(token, "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)").statusCode()).isEqualTo(200);
        assertThat(bot.signedIn()).isFalse();

        assertThat(new PortalClient(w.server.url("")).open(token).statusCode()).isEqualTo(303);
    }

    @Test
    void aSession_endsAfter12HoursWithoutUse() {
        PortalClient c = w.signIn(w.alice, PortalWorld.ACME);
        w.clock.advance(Duration.ofHours(11));
        assertThat(c.get("/portal").statusCode()).isEqualTo(200);
        w.clock.advance(Duration.ofHours(11));
        assertThat(c.get("/portal").statusCode()).as("11 h after the last use").isEqualTo(200);

        w.clock.advance(Duration.ofHours(12).plusMinutes(1));
        var r = c.get("/portal");

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("Type /ticket portal in Slack or Discord for a sign-in link.");
    }

    @Test
    void logoutAll_inChat_revokesEverySessionAndUnusedLink() {
        PortalClient laptop = w.signIn(w.bob, PortalWorld.BETA);
        PortalClient phone = w.signIn(w.bob, PortalWorld.BETA);
        String unused = PortalClient.token(w.portalAnswer(w.bob, PortalWorld.BETA));
        PortalClient alice = w.signIn(w.alice, PortalWorld.ACME);

        String answer = w.say(w.bob, PortalWorld.BETA, "/ticket", "portal logout-all");

        assertThat(answer).contains("Signed out of the portal in 2 browsers");
        assertThat(laptop.get("/portal").statusCode()).isEqualTo(401);
        assertThat(phone.get("/portal").statusCode()).isEqualTo(401);
        assertThat(new PortalClient(w.server.url("")).open(unused).statusCode()).isEqualTo(410);
        assertThat(alice.get("/portal").statusCode()).as("someone else's session").isEqualTo(200);
    }

    @Test
    void signOut_endsThisSessionOnly_andSignOutEverywhere_endsAll() {
        PortalClient one = w.signIn(w.alice, PortalWorld.ACME);
        PortalClient two = w.signIn(w.alice, PortalWorld.ACME);
        PortalClient three = w.signIn(w.alice, PortalWorld.ACME);

        var out = one.post("/portal/logout", Map.of());
        assertThat(out.statusCode()).isEqualTo(200);
        assertThat(out.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
        assertThat(one.get("/portal").statusCode()).isEqualTo(401);
        assertThat(two.get("/portal").statusCode()).isEqualTo(200);

        assertThat(two.post("/portal/logout-all", Map.of()).body()).contains("signed out in 2 browsers");
        assertThat(three.get("/portal").statusCode()).isEqualTo(401);
    }

    @Test
    void withoutASession_everyPageSaysHowToSignIn() {
        PortalClient stranger = new PortalClient(w.server.url(""));
        for (String path : new String[] {"/portal", "/portal/tickets", "/portal/tickets/1", "/portal/invoices", "/portal/board"}) {
            var r = stranger.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(401);
            assertThat(r.body()).as(path).contains("/ticket portal");
        }
        stranger.useCookie("ticketops_portal=" + "A".repeat(43));
        assertThat(stranger.get("/portal").statusCode()).as("a made-up session").isEqualTo(401);
    }

    @Test
    void aFormWithoutThisSessionsToken_isRefused_andChangesNothing() throws Exception {
        PortalClient c = w.signIn(w.alice, PortalWorld.ACME);
        long before = count("SELECT COUNT(*) FROM tickets WHERE title LIKE ?", "CSRF probe%");

        var missing = c.postRaw("/portal/tickets", Map.of("title", "CSRF probe one"));
        var wrong = c.postRaw("/portal/tickets", Map.of("title", "CSRF probe two", "csrf", "x".repeat(43)));
        var other = c.postRaw("/portal/tickets", Map.of("title", "CSRF probe three",
                "csrf", w.signIn(w.bob, PortalWorld.BETA).csrf()));

        for (var r : java.util.List.of(missing, wrong, other)) {
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("nothing was changed");
        }
        assertThat(count("SELECT COUNT(*) FROM tickets WHERE title LIKE ?", "CSRF probe%")).isEqualTo(before);
        assertThat(c.post("/portal/tickets", Map.of("title", "CSRF probe with token")).statusCode()).isEqualTo(201);
        assertThat(count("SELECT COUNT(*) FROM tickets WHERE title LIKE ?", "CSRF probe%")).isEqualTo(before + 1);
    }

    @Test
    void everyPortalPage_carriesTheSecurityHeaders() {
        PortalClient c = w.signIn(w.alice, PortalWorld.ACME);
        for (var r : java.util.List.of(c.get("/portal"), c.get("/portal/tickets/new"), c.get("/portal/invoices"),
                new PortalClient(w.server.url("")).get("/portal"), new PortalClient(w.server.url("")).open("bad"))) {
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).contains("frame-ancestors 'none'", "default-src 'none'").doesNotContain("unsafe-inline", "script-src");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(r.body()).doesNotContain("<script");
        }
        var css = c.get("/portal/assets/portal.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
    }
}
