package dev.ticketops.zoho;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ticketops.app.port.DeliveryException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Zoho's OAuth access tokens, from the self-client's refresh token ({@code POST <ZOHO_ACCOUNTS_URL>/oauth/v2/token},
 * grant_type=refresh_token), kept until five minutes before they expire and then refreshed; refreshed at once when
 * Zoho says one is no longer valid. Tokens are never logged or put in an error message.
 */
final class ZohoTokens {
    static final Duration EARLY = Duration.ofMinutes(5);

    private final HttpClient http;
    private final ObjectMapper json;
    private final String accountsUrl;
    private final String clientId;
    private final String clientSecret;
    private final String refreshToken;
    private final Clock clock;
    private String token;
    private Instant refreshAt = Instant.MIN;

    ZohoTokens(HttpClient http, ObjectMapper json, String accountsUrl, String clientId, String clientSecret,
               String refreshToken, Clock clock) {
        this.http = http;
        this.json = json;
        this.accountsUrl = accountsUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.refreshToken = refreshToken;
        this.clock = clock;
    }

    synchronized String current() throws DeliveryException {
        if (token == null || !clock.instant().isBefore(refreshAt)) {
            refresh();
        }
        return token;
    }

    /** Zoho answered 401: the token is dropped, the next call refreshes it. */
    synchronized void invalidate() {
        token = null;
    }

    private void refresh() throws DeliveryException {
        String form = "refresh_token=" + enc(refreshToken) + "&client_id=" + enc(clientId) + "&client_secret="
                + enc(clientSecret) + "&grant_type=refresh_token";
        HttpRequest req = HttpRequest.newBuilder(URI.create(accountsUrl + "/oauth/v2/token"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> res;
        try {
            res = http.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DeliveryException("Zoho accounts cannot be reached: " + e.getClass().getSimpleName(), true, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted", true, null, e);
        }
        if (res.statusCode() == 429 || res.statusCode() >= 500) {
            throw new DeliveryException("Zoho accounts answered HTTP " + res.statusCode(), true,
                    ZohoClient.retryAfter(res).orElse(null), null);
        }
        JsonNode body;
        try {
            body = json.readTree(res.body());
        } catch (IOException e) {
            throw new DeliveryException("Zoho accounts answered HTTP " + res.statusCode() + " without JSON", true, null, e);
        }
        if (res.statusCode() != 200 || !body.hasNonNull("access_token")) {
            // e.g. {"error":"invalid_code"}: the refresh token or client is wrong — only a person can fix it
            throw DeliveryException.permanent("Zoho refused the refresh token (" + body.path("error").asText("HTTP "
                    + res.statusCode()) + "): check ZOHO_CLIENT_ID, ZOHO_CLIENT_SECRET, ZOHO_REFRESH_TOKEN and ZOHO_ACCOUNTS_URL");
        }
        token = body.get("access_token").asText();
        long seconds = body.path("expires_in").asLong(3600);
        refreshAt = clock.instant().plusSeconds(seconds).minus(EARLY);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
