package dev.ticketops.slack;

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
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
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
        Optional<String> malformed = SlackPayloads.problem(ctx.contentType(), text, SlackApp.COMMANDS);
        if (malformed.isPresent()) {
            refuseBroken(ctx, malformed.get());
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
            refuseBroken(ctx, "not a Slack request this app handles");
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

    /** A signed body of the wrong shape: 400 and one WARN line that names what is missing, never the body. */
    private static void refuseBroken(Context ctx, String reason) {
        LOG.warn("Slack request refused: {} (from {})", reason, ctx.ip());
        error(ctx, 400, reason);
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).contentType("application/json")
                .result("{\"error\":" + SlackBlocks.JSON.valueToTree(message) + "}");
    }
}
