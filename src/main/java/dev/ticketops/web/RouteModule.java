package dev.ticketops.web;

import io.javalin.config.RoutesConfig;

/** A group of HTTP routes an adapter contributes to the server (Slack, Discord, documents ...). */
public interface RouteModule {
    void register(RoutesConfig routes);
}
