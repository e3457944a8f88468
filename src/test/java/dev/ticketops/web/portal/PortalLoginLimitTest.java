package dev.ticketops.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.support.PortalClient;
import dev.ticketops.support.PortalWorld;
import org.junit.jupiter.api.Test;

/** Sign-in attempts with links that do not work are limited per address; over plain http the cookie is not Secure. */
class PortalLoginLimitTest {
    @Test
    void afterTenFailedLinks_theAddressWaits_andAGoodLinkIsNotSpent() {
        try (PortalWorld w = new PortalWorld("http://localhost:8080")) {
            String good = PortalClient.token(w.portalAnswer(w.alice, "C_ANY"));
            for (int i = 0; i < LoginThrottle.DEFAULT_MAX; i++) {
                assertThat(new PortalClient(w.server.url("")).open("Z".repeat(42) + i % 10).statusCode()).isEqualTo(410);
            }

            var limited = new PortalClient(w.server.url("")).open(good);

            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 61L);
            assertThat(limited.body()).contains("Too many sign-in attempts");
            // the link was not even looked up: once the window has passed it still signs in (and here, without Secure)
            w.server.app.useCases();
            assertThat(linkUnused(w, good)).isTrue();
        }
    }

    @Test
    void overPlainHttp_theCookieIsNotMarkedSecure() {
        try (PortalWorld w = new PortalWorld("http://localhost:8080")) {
            var r = new PortalClient(w.server.url("")).open(PortalClient.token(w.portalAnswer(w.alice, "C_ANY")));
            assertThat(r.statusCode()).isEqualTo(303);
            assertThat(r.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        }
    }

    static boolean linkUnused(PortalWorld w, String token) {
        try (var c = w.server.db.connect(); var ps = c.prepareStatement("SELECT used_at FROM portal_links WHERE token_hash = ?")) {
            ps.setString(1, java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            try (var rs = ps.executeQuery()) {
                return rs.next() && rs.getTimestamp(1) == null;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
