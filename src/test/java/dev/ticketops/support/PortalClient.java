package dev.ticketops.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A browser without a browser: one portal session's cookie and form token, over real HTTP (no redirects followed). */
public final class PortalClient {
    public static final Pattern LINK = Pattern.compile("(https?://[^\\s\"<>|]+)/portal/login\\?token=([A-Za-z0-9_-]{43})");

    private final String base;
    private String cookie;
    private String csrf;

    public PortalClient(String base) {
        this.base = base;
    }

    /** The token of the first sign-in link in {@code text}. */
    public static String token(String text) {
        Matcher m = LINK.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no sign-in link in: " + text);
        }
        return m.group(2);
    }

    public HttpResponse<String> open(String token) {
        return open(token, "Mozilla/5.0 (X11; Linux x86_64) test");
    }

    /** Opens the sign-in link; keeps the session cookie it sets, and the form token of the page it leads to. */
    public HttpResponse<String> open(String token, String userAgent) {
        var r = Http.send(HttpRequest.newBuilder(URI.create(base + "/portal/login?token=" + token))
                .header("User-Agent", userAgent).timeout(Duration.ofSeconds(20)).GET().build());
        r.headers().firstValue("Set-Cookie").ifPresent(c -> {
            String pair = c.split(";", 2)[0];
            if (pair.startsWith("ticketops_portal=") && pair.length() > "ticketops_portal=".length()) {
                cookie = pair;
            }
        });
        if (r.statusCode() == 303 && cookie != null) {
            var home = get("/portal");
            Document d = Jsoup.parse(home.body());
            var input = d.selectFirst("input[name=csrf]");
            csrf = input == null ? null : input.val();
        }
        return r;
    }

    public boolean signedIn() {
        return cookie != null;
    }

    public String csrf() {
        return csrf;
    }

    public void useCookie(String c) {
        cookie = c;
    }

    public String cookie() {
        return cookie;
    }

    public HttpResponse<String> get(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return Http.send(b.build());
    }

    public Document page(String path) {
        return Jsoup.parse(get(path).body());
    }

    /** Posts a form with this session's form token added. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        if (csrf != null) {
            all.put("csrf", csrf);
        }
        all.putAll(fields);
        return postRaw(path, all);
    }

    /** Posts exactly these fields (no form token unless given). */
    public HttpResponse<String> postRaw(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return Http.send(b.build());
    }
}
