package dev.ticketops.bench;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.ticketops.TicketOps;
import dev.ticketops.Tuning;
import dev.ticketops.config.Config;
import dev.ticketops.web.RouteModule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * TicketOps as the benchmark runs it, in its own process (so its memory can be read), with two reference routes on
 * the same Javalin server: {@code POST /bench/noop} (the HTTP ceiling) and {@code POST /peer/slack/events}, a plain
 * Bolt for Java app whose /log handler does one INSERT and acks — what a team would write by hand.
 */
public final class BenchServer {
    private BenchServer() {
    }

    public static void main(String[] args) {
        Config config = Config.fromEnvChecked(System.getenv());
        AtomicReference<DataSource> pool = new AtomicReference<>();
        // reads the body, as every real handler does (an unread body makes Jetty drop the keep-alive connection)
        RouteModule noop = routes -> routes.post("/bench/noop", ctx -> ctx.contentType("application/json")
                .result(ctx.body().isEmpty() ? "{}" : "{\"ok\":true}"));
        RouteModule peer = peer(config, pool);
        TicketOps app = TicketOps.start(config, Clock.systemUTC(), Tuning.defaults(), List.of(noop, peer));
        pool.set(app.database().dataSource());
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        System.out.println("BENCH-READY port=" + app.port() + " pid=" + ProcessHandle.current().pid());
    }

    private static final Pattern LOG = Pattern.compile("(\\S+)\\s+#(\\d+)\\s*(.*)");

    static RouteModule peer(Config config, AtomicReference<DataSource> pool) {
        SlackConfig sdk = new SlackConfig();
        sdk.setMethodsEndpointUrlPrefix(config.slackApiUrl());
        sdk.setStatsEnabled(false);
        AppConfig cfg = new AppConfig();
        cfg.setSigningSecret(config.slackSigningSecret().orElseThrow());
        cfg.setSingleTeamBotToken(config.slackBotToken().orElseThrow());
        cfg.setSlack(Slack.getInstance(sdk));
        App bolt = new App(cfg);
        bolt.command("/log", (req, ctx) -> {
            Matcher m = LOG.matcher(req.getPayload().getText());
            if (!m.matches()) {
                return ctx.ack("Usage: /log 1m #N note");
            }
            try (Connection c = pool.get().getConnection();
                 PreparedStatement ps = c.prepareStatement(
                         "INSERT INTO time_entries (ticket_number, person_id, minutes, note, logged_at) VALUES (?, ?, 1, ?, ?)")) {
                ps.setLong(1, Long.parseLong(m.group(2)));
                ps.setLong(2, 1);
                ps.setString(3, m.group(3));
                ps.setObject(4, LocalDateTime.now(ZoneOffset.UTC));
                ps.executeUpdate();
                c.commit();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return ctx.ack("Logged " + m.group(1) + " on #" + m.group(2));
        });
        SlackRequestParser parser = new SlackRequestParser(cfg);
        return routes -> routes.post("/peer/slack/events", ctx -> {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            ctx.headerMap().forEach((k, v) -> headers.put(k, List.of(v)));
            var request = parser.parse(SlackRequestParser.HttpRequest.builder().requestUri(ctx.path())
                    .queryString(ctx.queryParamMap()).headers(new RequestHeaders(headers)).requestBody(ctx.body())
                    .remoteAddress(ctx.ip()).build());
            Response r = bolt.run(request);
            ctx.status(r.getStatusCode());
            if (r.getContentType() != null) {
                ctx.contentType(r.getContentType());
            }
            ctx.result(r.getBody() == null ? "" : r.getBody());
        });
    }
}
