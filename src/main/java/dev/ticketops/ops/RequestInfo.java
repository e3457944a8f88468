package dev.ticketops.ops;

import java.util.Optional;

/**
 * What a request turned out to be (command, ticket, outcome), handed from a chat handler to the HTTP route that
 * times it. Both run on the same thread for Slack, where Bolt calls the handler inside the route.
 */
public final class RequestInfo {
    public record Info(String command, Object ticket, String outcome) {
    }

    private static final ThreadLocal<Info> CURRENT = new ThreadLocal<>();

    private RequestInfo() {
    }

    public static void set(String command, Object ticket, String outcome) {
        CURRENT.set(new Info(command, ticket, outcome));
    }

    /** The info set during this request, cleared as it is read. */
    public static Optional<Info> take() {
        Info i = CURRENT.get();
        CURRENT.remove();
        return Optional.ofNullable(i);
    }
}
