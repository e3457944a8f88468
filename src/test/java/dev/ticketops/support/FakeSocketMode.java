package dev.ticketops.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.java_websocket.WebSocket;
import org.java_websocket.framing.CloseFrame;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A local stand-in for Slack's Socket Mode server: a WebSocket server on 127.0.0.1 that greets each connection with
 * {@code hello}, sends envelopes, records every ack (its envelope_id, payload and when it came), sends {@code
 * disconnect}, drops connections without a goodbye (network loss) and can be stopped and started again on the same
 * port (Slack restarting). Pair it with a {@link FakeHttp} answering {@code apps.connections.open} with {@link #url()}.
 */
public final class FakeSocketMode implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    /** One ack: which envelope, its payload (or null), when it arrived, on which connection. */
    public record Ack(String envelopeId, JsonNode payload, Instant at, WebSocket connection) {
    }

    private final int port;
    private volatile Server server;
    private final List<WebSocket> open = new CopyOnWriteArrayList<>();
    private final List<Ack> acks = new CopyOnWriteArrayList<>();
    private final Map<String, Instant> sent = new ConcurrentHashMap<>();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final Object changed = new Object();
    private volatile int connectionsAccepted;

    public FakeSocketMode() throws InterruptedException {
        this.server = start(0);
        this.port = server.getPort();
    }

    private Server start(int onPort) throws InterruptedException {
        Server s = new Server(onPort);
        s.setReuseAddr(true);
        s.setDaemon(true);
        s.start();
        if (!s.started.await(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("fake Socket Mode server did not start");
        }
        return s;
    }

    /** What apps.connections.open hands out: a fresh ticket per connection, as Slack does. */
    public String url() {
        return "ws://127.0.0.1:" + port + "/link/?ticket=" + UUID.randomUUID();
    }

    public List<WebSocket> connections() {
        return List.copyOf(open);
    }

    public int connectionsAccepted() {
        return connectionsAccepted;
    }

    /** Sends an envelope on {@code connection} and returns its envelope_id. */
    public String send(WebSocket connection, ObjectNode envelope) {
        String id = envelope.path("envelope_id").asText();
        sent.put(id, Instant.now());
        connection.send(envelope.toString());
        return id;
    }

    /** Sends an envelope on the first open connection. */
    public String send(ObjectNode envelope) {
        return send(open.get(0), envelope);
    }

    public void disconnect(WebSocket connection, String reason) {
        ObjectNode d = JSON.createObjectNode().put("type", "disconnect").put("reason", reason);
        d.putObject("debug_info").put("host", "fake-socket-mode");
        connection.send(d.toString());
    }

    /** Drops every connection without a closing handshake, as a lost network does. */
    public void dropAll() {
        open.forEach(c -> c.closeConnection(CloseFrame.ABNORMAL_CLOSE, "network lost"));
    }

    /** Stops the server: every connection goes, and nothing answers on the port until {@link #restart()}. */
    public void kill() throws InterruptedException {
        server.stop(1000);
        open.clear();
    }

    public void restart() throws InterruptedException {
        server = start(port);
    }

    public List<Ack> acks() {
        return List.copyOf(acks);
    }

    public List<Ack> acks(String envelopeId) {
        return acks.stream().filter(a -> a.envelopeId().equals(envelopeId)).toList();
    }

    /** Waits for the ack of {@code envelopeId} and returns it; fails when none comes within {@code max}. */
    public Ack awaitAck(String envelopeId, Duration max) {
        if (!await(() -> !acks(envelopeId).isEmpty(), max)) {
            throw new AssertionError("no ack for envelope " + envelopeId + " within " + max + "; acks: " + acks);
        }
        return acks(envelopeId).get(0);
    }

    /** How long after sending the envelope its first ack came. */
    public Duration ackDelay(String envelopeId) {
        return Duration.between(sent.get(envelopeId), acks(envelopeId).get(0).at());
    }

    /** Everything the client sent that was not an ack. */
    public List<String> received() {
        return List.copyOf(received);
    }

    /** Waits until {@code n} connections are open (each greeted with hello). */
    public boolean awaitOpen(int n, Duration max) {
        return await(() -> open.size() >= n, max);
    }

    /** Waits, woken by every change here, until {@code condition} holds; false when {@code max} passes first. */
    public boolean await(BooleanSupplier condition, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        synchronized (changed) {
            while (!condition.getAsBoolean()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                try {
                    changed.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 50)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    private void changed() {
        synchronized (changed) {
            changed.notifyAll();
        }
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(1000);
    }

    // ---- envelopes as Slack sends them, from the bodies SlackClient signs for HTTP ----

    /** The Socket Mode envelope for what Slack would have posted as {@code signed} over HTTP. */
    public static ObjectNode envelopeOf(SlackClient.Signed signed) {
        try {
            ObjectNode e = JSON.createObjectNode().put("envelope_id", UUID.randomUUID().toString());
            if (signed.contentType().startsWith("application/json")) {
                e.put("type", "events_api").put("accepts_response_payload", false).put("retry_attempt", 0)
                        .put("retry_reason", "");
                e.set("payload", JSON.readTree(signed.body()));
                return e;
            }
            ObjectNode fields = JSON.createObjectNode();
            for (String pair : signed.body().split("&")) {
                int eq = pair.indexOf('=');
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            if (fields.has("payload")) {
                e.put("type", "interactive").put("accepts_response_payload", true);
                e.set("payload", JSON.readTree(fields.get("payload").asText()));
            } else {
                e.put("type", "slash_commands").put("accepts_response_payload", true);
                e.set("payload", fields);
            }
            return e;
        } catch (Exception ex) {
            throw new IllegalArgumentException(ex);
        }
    }

    /** The same envelope delivered again, as Slack retries one it has no ack for: a new envelope id, retry fields set. */
    public static ObjectNode redelivery(ObjectNode envelope, int attempt) {
        ObjectNode again = envelope.deepCopy();
        again.put("envelope_id", UUID.randomUUID().toString()).put("retry_attempt", attempt)
                .put("retry_reason", "timeout");
        return again;
    }

    private final class Server extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);

        Server(int port) {
            super(new InetSocketAddress("127.0.0.1", port));
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            connectionsAccepted++;
            ObjectNode hello = JSON.createObjectNode().put("type", "hello").put("num_connections", open.size() + 1);
            hello.putObject("connection_info").put("app_id", "A0APP");
            hello.putObject("debug_info").put("host", "fake-socket-mode").put("approximate_connection_time", 18060);
            conn.send(hello.toString());
            open.add(conn);
            changed();
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            open.remove(conn);
            changed();
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            try {
                JsonNode m = JSON.readTree(message);
                if (m.has("envelope_id")) {
                    acks.add(new Ack(m.get("envelope_id").asText(), m.get("payload"), Instant.now(), conn));
                } else {
                    received.add(message);
                }
            } catch (Exception e) {
                received.add(message);
            }
            changed();
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            // a refused port or a dropped connection: the test sees it through what it waits for
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }
}
