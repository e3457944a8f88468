package dev.ticketops.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import dev.ticketops.ops.Observability;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ServerHandshake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's Socket Mode, connection side: keeps {@link SocketTiming#connections()} WebSockets open to Slack, each from a
 * fresh {@code apps.connections.open} URL, and hands every envelope to {@link SlackEnvelopes}.
 * <ul>
 * <li>A {@code disconnect} envelope ({@code refresh_requested}, {@code warning}) opens the replacement first and closes
 * the old connection once the new one has said {@code hello}: nothing arrives on a closed socket in between.</li>
 * <li>A connection that closes (network loss, Slack restarting), never says hello, or stops answering pings is
 * replaced with backoff (doubling from {@code firstRetry} to {@code maxRetry}, honouring Slack's Retry-After).</li>
 * <li>The socket's read thread only hands text over: nothing a handler does can stop a connection from reading.</li>
 * </ul>
 * {@link #state()} is CONNECTED while every connection is open and none is being replaced; each replacement counts in
 * {@code ticketops_slack_reconnects_total{reason}}.
 */
public final class SlackSocket implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SlackSocket.class);
    static final String RECONNECTS = "ticketops_slack_reconnects_total";

    public enum State { CONNECTED, RECONNECTING }

    private final Slack slack;
    private final String appToken;
    private final SocketTiming timing;
    private final SlackEnvelopes envelopes;
    private final Observability obs;
    private final List<Slot> slots = new ArrayList<>();
    private final ScheduledExecutorService scheduler;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicInteger linkIds = new AtomicInteger();

    public SlackSocket(Slack slack, String appToken, SocketTiming timing, SlackEnvelopes envelopes, Observability obs) {
        this.slack = slack;
        this.appToken = appToken;
        this.timing = timing;
        this.envelopes = envelopes;
        this.obs = obs;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "slack-socket");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < timing.connections(); i++) {
            slots.add(new Slot(i + 1));
        }
        obs.gauge("ticketops_slack_connections", "Socket Mode connections open to Slack", "mode", "socket", this::open);
    }

    /** Opens every connection in the background; start-up does not wait for Slack. */
    public void start() {
        slots.forEach(s -> schedule(s, 0));
    }

    public synchronized State state() {
        for (Slot s : slots) {
            if (s.serving == null || s.replacing) {
                return State.RECONNECTING;
            }
        }
        return State.CONNECTED;
    }

    /** How many connections are open (said hello), of how many wanted. */
    public String connections() {
        return open() + "/" + slots.size();
    }

    private synchronized int open() {
        return (int) slots.stream().filter(s -> s.serving != null).count();
    }

    // ---- one slot: a connection serving, maybe its replacement on the way ----

    private static final class Slot {
        final int number;
        Link serving;
        Link opening;
        /** Slack asked for a new connection (a disconnect envelope); the serving one stays until it is open. */
        boolean replacing;
        int failures;

        Slot(int number) {
            this.number = number;
        }
    }

    private void connect(Slot slot) {
        if (closing.get()) {
            return;
        }
        URI uri;
        try {
            uri = new URI(openUrl());
        } catch (OpenFailed e) {
            retry(slot, e.getMessage(), e.retryAfter);
            return;
        } catch (URISyntaxException e) {
            retry(slot, "apps.connections.open gave an unusable URL", Optional.empty());
            return;
        }
        Link link = new Link(slot, uri);
        synchronized (this) {
            if (closing.get()) {
                return;
            }
            slot.opening = link;
        }
        link.connect();
        later(() -> {
            synchronized (this) {
                if (slot.opening != link) {
                    return;
                }
            }
            LOG.warn("Slack Socket Mode: connection {} did not say hello within {} ms; trying a new one", slot.number,
                    timing.helloWithin().toMillis());
            // given up on here, whether or not the socket ever reports its close
            link.retire("no hello");
            lost(link, 1006, "no hello");
        }, timing.helloWithin().toMillis());
    }

    private static final class OpenFailed extends Exception {
        final Optional<Duration> retryAfter;

        OpenFailed(String message, Optional<Duration> retryAfter) {
            super(message);
            this.retryAfter = retryAfter;
        }
    }

    /** A fresh WebSocket URL from apps.connections.open, asked with the app-level token. */
    private String openUrl() throws OpenFailed {
        AppsConnectionsOpenResponse r;
        try {
            r = slack.methods(appToken).appsConnectionsOpen(b -> b);
        } catch (SlackApiException e) {
            Optional<Duration> after = Optional.ofNullable(e.getResponse().header("Retry-After"))
                    .flatMap(SlackSocket::seconds);
            throw new OpenFailed("apps.connections.open answered HTTP " + e.getResponse().code(), after);
        } catch (IOException | RuntimeException e) {
            throw new OpenFailed("apps.connections.open failed: " + e.getMessage(), Optional.empty());
        }
        if (!r.isOk() || r.getUrl() == null) {
            String error = r.getError() == null ? "no URL" : r.getError();
            String fix = switch (error) {
                case "invalid_auth", "not_authed", "not_allowed_token_type", "token_revoked", "account_inactive" ->
                        " (check SLACK_APP_TOKEN: an app-level xapp- token with connections:write)";
                default -> "";
            };
            throw new OpenFailed("apps.connections.open refused: " + error + fix, Optional.empty());
        }
        return r.getUrl();
    }

    private static Optional<Duration> seconds(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void retry(Slot slot, String why, Optional<Duration> retryAfter) {
        Duration wait;
        synchronized (this) {
            slot.opening = null;
            slot.failures++;
            wait = timing.backoff(slot.failures);
        }
        if (retryAfter.isPresent() && retryAfter.get().compareTo(wait) > 0) {
            wait = retryAfter.get();
        }
        long millis = (long) (wait.toMillis() * ThreadLocalRandom.current().nextDouble(0.8, 1.2));
        LOG.warn("Slack Socket Mode: connection {} not open ({}); next attempt in {} ms", slot.number, why, millis);
        schedule(slot, millis);
    }

    private void schedule(Slot slot, long millis) {
        later(() -> connect(slot), millis);
    }

    /** Runs {@code task} on the scheduler after {@code millis}, unless stopping. */
    private void later(Runnable task, long millis) {
        if (closing.get()) {
            return;
        }
        try {
            scheduler.schedule(task, millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // stopping meanwhile
        }
    }

    // ---- what a connection reports, on its read thread ----

    private void hello(Link link) {
        Link old;
        synchronized (this) {
            Slot slot = link.slot;
            if (slot.opening != link) {
                return;
            }
            old = slot.serving;
            slot.serving = link;
            slot.opening = null;
            slot.replacing = false;
            slot.failures = 0;
        }
        LOG.info("Slack Socket Mode: connection {} open{}", link.slot.number, old == null ? "" : " (replaced the old one)");
        if (old != null) {
            old.retire("replaced by a new connection");
        }
    }

    private void disconnect(Link link, String reason) {
        synchronized (this) {
            if (closing.get() || link.slot.serving != link || link.slot.replacing) {
                return;
            }
            link.slot.replacing = true;
        }
        obs.count(RECONNECTS, "Socket Mode connections replaced", "reason", reason);
        if (reason.equals("link_disabled")) {
            LOG.error("Slack Socket Mode: Slack says Socket Mode is off for this app (disconnect: link_disabled); turn it on"
                    + " under the app's Socket Mode settings, or use SLACK_MODE=http. Retrying in {} s",
                    timing.maxRetry().toSeconds());
            schedule(link.slot, timing.maxRetry().toMillis());
            return;
        }
        LOG.info("Slack Socket Mode: Slack asks connection {} to reconnect ({}); opening its replacement",
                link.slot.number, reason);
        schedule(link.slot, 0);
    }

    /** A connection is gone (closed, or given up on): the slot gets a new one. */
    private void lost(Link link, int code, String reason) {
        if (closing.get()) {
            return;
        }
        Slot slot = link.slot;
        synchronized (this) {
            if (slot.serving == link) {
                slot.serving = null;
                if (slot.replacing) {
                    // its replacement is on the way already (a disconnect envelope came first)
                    return;
                }
            } else if (slot.opening == link) {
                slot.opening = null;
            } else {
                return;
            }
        }
        if (link.greeted.get()) {
            obs.count(RECONNECTS, "Socket Mode connections replaced", "reason", "closed");
            LOG.warn("Slack Socket Mode: connection {} closed (code {}{}); reconnecting", slot.number, code,
                    reason == null || reason.isBlank() ? "" : ", " + reason);
            schedule(slot, 0);
        } else {
            retry(slot, "closed before hello, code " + code, Optional.empty());
        }
    }

    /**
     * Stops reconnecting, lets the envelopes under way finish and send their acks (a few seconds at most), then
     * closes every connection. Envelopes that arrive meanwhile are not acknowledged: Slack delivers them again.
     */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        scheduler.shutdownNow();
        envelopes.stopIntake();
        envelopes.awaitIdle(Duration.ofSeconds(3));
        List<Link> links = new ArrayList<>();
        synchronized (this) {
            for (Slot s : slots) {
                if (s.serving != null) {
                    links.add(s.serving);
                }
                if (s.opening != null) {
                    links.add(s.opening);
                }
                s.serving = null;
                s.opening = null;
            }
        }
        links.forEach(l -> l.retire("TicketOps is stopping"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        try {
            for (Link l : links) {
                l.gone.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        envelopes.close();
        LOG.info("Slack Socket Mode: connections closed");
    }

    /** One WebSocket to Slack. */
    private final class Link extends WebSocketClient {
        final Slot slot;
        final int id = linkIds.incrementAndGet();
        final AtomicBoolean greeted = new AtomicBoolean();
        final AtomicBoolean retired = new AtomicBoolean();
        final CountDownLatch gone = new CountDownLatch(1);

        Link(Slot slot, URI uri) {
            super(uri, new Draft_6455(), null, (int) timing.helloWithin().toMillis());
            this.slot = slot;
            setConnectionLostTimeout((int) Math.max(1, timing.pingEvery().toSeconds()));
            setDaemon(true);
        }

        /** Closed on purpose: its close is no reason to reconnect. */
        void retire(String why) {
            retired.set(true);
            close(1000, why);
        }

        @Override
        public void onOpen(ServerHandshake handshake) {
            LOG.debug("Slack Socket Mode: connection {} (#{}) handshake done, waiting for hello", slot.number, id);
        }

        @Override
        public void onMessage(String text) {
            try {
                JsonNode message = SlackBlocks.JSON.readTree(text);
                String type = message.path("type").asText("");
                switch (type) {
                    case "hello" -> {
                        greeted.set(true);
                        hello(this);
                    }
                    case "disconnect" -> disconnect(this, message.path("reason").asText("unknown"));
                    default -> envelopes.accept(message, this::reply);
                }
            } catch (Exception e) {
                // never let anything escape into the read thread: the connection must keep reading
                LOG.warn("Slack Socket Mode: a message on connection {} could not be handled ({})", slot.number,
                        e.getClass().getSimpleName());
            }
        }

        private boolean reply(String ack) {
            try {
                send(ack);
                return true;
            } catch (RuntimeException e) {
                LOG.warn("Slack Socket Mode: an ack could not be sent on connection {} ({}); Slack delivers the envelope"
                        + " again and it acts once", slot.number, e.getClass().getSimpleName());
                return false;
            }
        }

        @Override
        public void onClose(int code, String reason, boolean remote) {
            gone.countDown();
            if (retired.get()) {
                return;
            }
            try {
                lost(this, code, reason);
            } catch (RuntimeException e) {
                LOG.error("Slack Socket Mode: reconnecting after a close failed", e);
            }
        }

        @Override
        public void onError(Exception e) {
            LOG.debug("Slack Socket Mode: connection {} (#{}) error: {}", slot.number, id, e.toString());
        }
    }
}
