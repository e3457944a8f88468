package dev.ticketops.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.ticketops.ops.Observability;
import dev.ticketops.ops.RequestInfo;
import dev.ticketops.web.RouteModule;
import dev.ticketops.web.WebServer;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}: one endpoint for slash commands, interactivity and the Events API. The request is
 * checked here first — size (413), signature and a five-minute window either way (401), well-formed body (400) —
 * then parsed by Bolt's {@link SlackRequestParser}, run by the {@link SlackApp}, and Bolt's response written back.
 */
public final class SlackRoutes implements RouteModule {
    private static final Logger LOG = LoggerFactory.getLogger(SlackRoutes.class);
    public static final String PATH = "/slack/events";

    private final SlackApp slack;
    private final SlackSignature signature;
    private final SlackRequestParser parser;
    private final Clock clock;
    private final Observability obs;

    public SlackRoutes(SlackApp slack, SlackSettings settings, Clock clock, Observability obs) {
        this.obs = obs;
        this.slack = slack;
        this.signature = new SlackSignature(settings.signingSecret());
        this.parser = new SlackRequestParser(slack.config());
        this.clock = clock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(PATH, this::handle);
    }

    void handle(Context ctx) throws Exception {
        long start = System.nanoTime();
        RequestInfo.take();
        try {
            serve(ctx);
        } finally {
            var info = RequestInfo.take();
            String outcome = ctx.statusCode() >= 400 ? (ctx.statusCode() >= 500 ? "error" : "rejected")
                    : info.map(RequestInfo.Info::outcome).orElse("ok");
            obs.request("slack", info.map(RequestInfo.Info::command).orElse(ctx.statusCode() >= 400 ? "-" : "event"),
                    info.map(RequestInfo.Info::ticket).orElse(null), outcome, System.nanoTime() - start);
        }
    }

    private void serve(Context ctx) throws Exception {
        long declared = ctx.contentLength();
        if (declared > WebServer.MAX_BODY_BYTES) {
            error(ctx, 413, "request body larger than 1 MB");
            return;
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > WebServer.MAX_BODY_BYTES) {
            error(ctx, 413, "request body larger than 1 MB");
            return;
        }
        Optional<String> rejected = signature.reject(ctx.header("X-Slack-Request-Timestamp"), ctx.header("X-Slack-Signature"),
                body, clock.instant());
        if (rejected.isPresent()) {
            LOG.info("Slack request refused: {} (from {})", rejected.get(), ctx.ip());
            error(ctx, 401, "invalid request: " + rejected.get());
            return;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        Optional<String> malformed = malformed(ctx.contentType(), text);
        if (malformed.isPresent()) {
            error(ctx, 400, malformed.get());
            return;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        ctx.headerMap().forEach((k, v) -> headers.put(k, List.of(v)));
        Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                .requestUri(ctx.path())
                .queryString(ctx.queryParamMap())
                .headers(new RequestHeaders(headers))
                .requestBody(text)
                .remoteAddress(ctx.ip())
                .build());
        if (request == null) {
            error(ctx, 400, "not a Slack request this app handles");
            return;
        }
        Response response = slack.run(request);
        ctx.status(response.getStatusCode());
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((k, vs) -> vs.forEach(v -> ctx.header(k, v)));
        }
        if (response.getContentType() != null) {
            ctx.contentType(response.getContentType());
        }
        ctx.result(response.getBody() == null ? "" : response.getBody());
    }

    /** Why the body is not something Slack sends, or empty when it is well-formed. */
    static Optional<String> malformed(String contentType, String body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            return json(body).filter(n -> n.isObject() && n.hasNonNull("type")).isPresent()
                    ? Optional.empty() : Optional.of("the JSON body is not a Slack event");
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            Map<String, List<String>> form = form(body);
            if (form == null) {
                return Optional.of("the form body cannot be decoded");
            }
            if (form.containsKey("payload")) {
                String payload = form.get("payload").get(0);
                return json(payload).filter(n -> n.isObject() && n.hasNonNull("type")).isPresent()
                        ? Optional.empty() : Optional.of("the payload field is not a Slack interaction");
            }
            if (form.containsKey("command") || form.containsKey("ssl_check")) {
                return Optional.empty();
            }
            return Optional.of("the form body is neither a slash command nor an interaction");
        }
        return Optional.of("unsupported content type " + (contentType == null ? "(none)" : contentType));
    }

    private static Optional<JsonNode> json(String s) {
        try {
            return Optional.ofNullable(SlackBlocks.JSON.readTree(s));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static Map<String, List<String>> form(String body) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try {
            for (String pair : body.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return out;
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).contentType("application/json")
                .result("{\"error\":" + SlackBlocks.JSON.valueToTree(message) + "}");
    }
}
