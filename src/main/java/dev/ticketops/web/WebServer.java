package dev.ticketops.web;

import io.javalin.Javalin;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Javalin server: /health plus the routes of every adapter. */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /** Slack and Discord bodies are small; anything bigger than this is refused with 413. */
    public static final long MAX_BODY_BYTES = 1_000_000;

    private final Javalin app;

    public WebServer(String host, int port, BooleanSupplier dbUp, List<RouteModule> modules) {
        this(host, port, dbUp, modules, Map.of());
    }

    /** {@code health} adds fields to /health (like Slack's connection in socket mode); they do not change its status. */
    public WebServer(String host, int port, BooleanSupplier dbUp, List<RouteModule> modules,
                     Map<String, Supplier<String>> health) {
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = host;
            config.jetty.port = port;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.jetty.modifyServer(server -> server.setStopTimeout(5_000));
            config.routes.get("/health", ctx -> {
                boolean up = dbUp.getAsBoolean();
                StringBuilder json = new StringBuilder(up ? "{\"status\":\"UP\",\"db\":\"UP\"" : "{\"status\":\"DOWN\",\"db\":\"DOWN\"");
                health.forEach((name, value) -> json.append(",\"").append(name).append("\":\"").append(value.get()).append('"'));
                ctx.status(up ? 200 : 503).contentType("application/json").result(json.append('}').toString());
            });
            for (RouteModule m : modules) {
                m.register(config.routes);
            }
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
                ctx.status(500).contentType("application/json").result("{\"error\":\"internal error\"}");
            });
        });
    }

    public WebServer start() {
        app.start();
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
