package dev.ticketops;

import dev.ticketops.config.Config;
import dev.ticketops.ops.Observability;
import dev.ticketops.web.Agency;
import dev.ticketops.web.InvoiceRoutes;
import dev.ticketops.web.RouteModule;
import dev.ticketops.web.WebServer;
import dev.ticketops.web.portal.LoginThrottle;
import dev.ticketops.web.portal.PortalRoutes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The HTTP listeners: PORT with every route (the chat platforms', invoices and exports, the portal, /health, and /metrics unless
 * METRICS_PORT differs), and METRICS_PORT with /metrics alone when it does.
 */
final class WebModule implements AutoCloseable {
    private final WebServer main;
    private final WebServer metrics;

    private WebModule(WebServer main, WebServer metrics) {
        this.main = main;
        this.metrics = metrics;
    }

    /** {@code extra} routes come first (benchmarks add theirs), {@code chat} ones (Slack's, Discord's) last. */
    static WebModule start(Config config, Core core, Observability obs, List<RouteModule> extra, List<RouteModule> chat,
                           BooleanSupplier databaseUp) {
        return start(config, core, obs, extra, chat, databaseUp, Map.of());
    }

    /** {@code health}: the chat platforms' fields on /health (Slack's Socket Mode connection). */
    static WebModule start(Config config, Core core, Observability obs, List<RouteModule> extra, List<RouteModule> chat,
                           BooleanSupplier databaseUp, Map<String, Supplier<String>> health) {
        List<RouteModule> routes = new ArrayList<>(extra);
        if (!config.separateMetrics()) {
            routes.add(obs);
        }
        routes.add(new InvoiceRoutes(core.invoiceDocuments(), core.exportData(),
                new Agency(config.agencyName(), config.agencyAddress(), config.paymentInstructions(),
                        Agency.logo(config.agencyLogo()), Agency.pageSizeFor(config.hourlyRate().currency(), config.pageSize())),
                config.exportToken()));
        // Zoho Invoice's payment webhook, when Zoho is on and has a shared secret (else payments come back by polling)
        core.zoho().ifPresent(z -> config.zoho().flatMap(s -> s.webhookSecret()).ifPresent(secret ->
                routes.add(new dev.ticketops.web.ZohoWebhookRoutes(z.recordPayment(), secret))));
        routes.add(new PortalRoutes(core.useCases(), config.publicUrl(), config.paymentInstructions(),
                new LoginThrottle(LoginThrottle.DEFAULT_MAX, LoginThrottle.DEFAULT_WINDOW, java.time.Clock.systemUTC())));
        routes.addAll(chat);
        WebServer main = new WebServer(config.bindAddress(), config.port(), databaseUp, routes, health).start();
        if (!config.separateMetrics()) {
            return new WebModule(main, null);
        }
        try {
            // /metrics only here: PORT answers 404 for it, so it can stay off the public listener
            return new WebModule(main, new WebServer(config.bindAddress(), config.metricsPort().get(), databaseUp,
                    List.of(obs)).start());
        } catch (RuntimeException e) {
            main.close();
            throw e;
        }
    }

    int port() {
        return main.port();
    }

    /** The separate /metrics listener's port, when METRICS_PORT differs from PORT. */
    Optional<Integer> separateMetricsPort() {
        return Optional.ofNullable(metrics).map(WebServer::port);
    }

    /** The public listener first, then the metrics one. */
    @Override
    public void close() {
        main.close();
        if (metrics != null) {
            metrics.close();
        }
    }
}
