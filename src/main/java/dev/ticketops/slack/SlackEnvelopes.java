package dev.ticketops.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.ticketops.app.port.DeliveryException;
import dev.ticketops.ops.Observability;
import dev.ticketops.ops.RequestInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode envelopes through the same {@link SlackApp} handlers as {@code POST /slack/events}: the payload is
 * checked by {@link SlackPayloads} as an HTTP body of the same kind would be, parsed by Bolt, run, and acknowledged
 * with the envelope's id on the connection it came on.
 * <ul>
 * <li>Events are acknowledged first, then handled. A command, click or form submission carries its answer in the
 * ack, as over HTTP; its database wait is bounded (2 s), and should it still be busy at {@code ackWithin}, the
 * envelope is acknowledged bare and a late answer goes to the command's response_url.</li>
 * <li>A redelivery (Slack retries an envelope it has no ack for, {@code retry_attempt}/{@code retry_reason}) acts
 * once: the request key comes from the payload (its trigger_id, the event's event_id), never the envelope.</li>
 * <li>Handlers run on their own pool: a slow or failing one never stops a connection from reading; an envelope the
 * pool cannot take is left unacknowledged, so Slack delivers it again.</li>
 * </ul>
 */
public final class SlackEnvelopes implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SlackEnvelopes.class);
    /** The header carrying a socket delivery's request key into {@link SlackApp} (read only from socket requests). */
    static final String DELIVERY_HEADER = "X-TicketOps-Socket-Delivery";
    static final List<String> TYPES = List.of("events_api", "slash_commands", "interactive");

    /** Sends one text frame on the connection an envelope came on; false when the connection is gone. */
    @FunctionalInterface
    public interface Reply {
        boolean send(String text);
    }

    private final SlackApp app;
    private final SlackWebApi api;
    private final SlackRequestParser parser;
    private final ExecutorService pool;
    private final ScheduledExecutorService timers;
    private final Duration ackWithin;
    private final Observability obs;
    private final AtomicBoolean intake = new AtomicBoolean(true);

    public SlackEnvelopes(SlackApp app, SlackWebApi api, ExecutorService pool, ScheduledExecutorService timers,
                          Duration ackWithin, Observability obs) {
        this.app = app;
        this.api = api;
        this.parser = new SlackRequestParser(app.config());
        this.pool = pool;
        this.timers = timers;
        this.ackWithin = ackWithin;
        this.obs = obs;
    }

    /** Takes one envelope from a connection's read thread: hands it to the pool and returns at once. */
    void accept(JsonNode envelope, Reply reply) {
        String type = envelope.path("type").asText("");
        String id = envelope.path("envelope_id").asText("");
        if (!TYPES.contains(type)) {
            LOG.debug("Slack Socket Mode: a message of type {} needs nothing", type.isEmpty() ? "(none)" : type);
            return;
        }
        if (id.isBlank()) {
            LOG.warn("Slack Socket Mode: a {} envelope without envelope_id cannot be acknowledged; ignored", type);
            return;
        }
        if (!intake.get()) {
            return; // stopping: Slack delivers it again, to another instance or after the restart
        }
        if (envelope.path("retry_attempt").asInt(0) > 0) {
            LOG.info("Slack Socket Mode: {} envelope redelivered (attempt {}, {}); it acts once", type,
                    envelope.path("retry_attempt").asInt(), envelope.path("retry_reason").asText("no reason given"));
        }
        long received = System.nanoTime();
        try {
            pool.execute(() -> handle(type, id, envelope.path("payload"), reply, received));
        } catch (RejectedExecutionException e) {
            LOG.warn("Slack Socket Mode: too busy for a {} envelope; left unacknowledged so Slack delivers it again", type);
        }
    }

    private void handle(String type, String id, JsonNode payload, Reply reply, long received) {
        AtomicBoolean acked = new AtomicBoolean();
        if (type.equals("events_api")) {
            ack(reply, id, null, acked);
        } else {
            timers.schedule(() -> {
                if (ack(reply, id, null, acked)) {
                    LOG.warn("Slack Socket Mode: a {} envelope was still being handled after {} ms; acknowledged without"
                            + " its answer", type, ackWithin.toMillis());
                }
            }, ackWithin.toMillis(), TimeUnit.MILLISECONDS);
        }
        RequestInfo.take();
        String outcome = "ok";
        try {
            Optional<String> problem = problem(type, payload);
            if (problem.isPresent()) {
                LOG.warn("Slack Socket Mode: {} envelope refused: {}", type, problem.get());
                outcome = "rejected";
                ack(reply, id, null, acked);
                return;
            }
            Response response = app.run(request(payload));
            if (response.getStatusCode() == null || response.getStatusCode() != 200) {
                LOG.warn("Slack Socket Mode: a {} envelope was not handled (status {})", type, response.getStatusCode());
                outcome = "rejected";
            }
            JsonNode answer = answer(response);
            if (!ack(reply, id, answer, acked) && answer != null) {
                late(payload, answer);
            }
        } catch (Exception e) {
            LOG.error("Slack Socket Mode: a {} envelope failed; acknowledged so it is not delivered again", type, e);
            outcome = "error";
            ack(reply, id, null, acked);
        } finally {
            var info = RequestInfo.take();
            String finalOutcome = outcome.equals("ok") ? info.map(RequestInfo.Info::outcome).orElse("ok") : outcome;
            obs.request("slack", info.map(RequestInfo.Info::command).orElse(outcome.equals("ok") ? "event" : "-"),
                    info.map(RequestInfo.Info::ticket).orElse(null), finalOutcome, System.nanoTime() - received);
        }
    }

    /** Sends the envelope's ack unless it went already; true when this call sent it. */
    private static boolean ack(Reply reply, String id, JsonNode payload, AtomicBoolean acked) {
        if (!acked.compareAndSet(false, true)) {
            return false;
        }
        ObjectNode ack = SlackBlocks.JSON.createObjectNode().put("envelope_id", id);
        if (payload != null) {
            ack.set("payload", payload);
        }
        reply.send(ack.toString());
        return true;
    }

    /** Bolt's response as the ack's payload: our JSON as it is, plain text as {"text": …}, nothing for an empty ack. */
    private static JsonNode answer(Response response) throws Exception {
        String body = response.getBody();
        if (body == null || body.isBlank() || response.getStatusCode() == null || response.getStatusCode() != 200) {
            return null;
        }
        String contentType = response.getContentType() == null ? "" : response.getContentType();
        if (contentType.startsWith("application/json")) {
            return SlackBlocks.JSON.readTree(body);
        }
        return SlackBlocks.JSON.createObjectNode().put("text", body);
    }

    /** An answer that missed its ack: to the command's response_url, as its handler would have answered. */
    private void late(JsonNode payload, JsonNode answer) {
        String url = payload.path("response_url").asText("");
        if (url.isBlank() || answer.has("response_action")) {
            LOG.warn("Slack Socket Mode: a late answer has nowhere to go (no response_url); the person saw no reply");
            return;
        }
        try {
            api.respond(url, answer.toString());
        } catch (DeliveryException e) {
            LOG.warn("Slack Socket Mode: a late answer could not be sent to response_url: {}", e.getMessage());
        }
    }

    private Request<?> request(JsonNode payload) throws Exception {
        Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                .socketMode(true)
                .requestUri("")
                .remoteAddress("")
                .queryString(Map.of())
                .headers(new RequestHeaders(Map.of(DELIVERY_HEADER, List.of(deliveryKey(payload)))))
                .requestBody(SlackBlocks.JSON.writeValueAsString(payload))
                .build());
        if (request == null) {
            throw new IllegalArgumentException("not a Slack request this app handles");
        }
        return request;
    }

    /**
     * The same for every delivery of one payload: a person's command, click or submission has its own trigger_id, an
     * event its event_id; anything else is known by its content.
     */
    static String deliveryKey(JsonNode payload) {
        for (String field : List.of("trigger_id", "event_id")) {
            String v = payload.path(field).asText("");
            if (!v.isBlank()) {
                return field + ":" + v;
            }
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(payload.toString().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The payload checked as the HTTP body Slack would have sent for it (see {@link SlackPayloads}). */
    static Optional<String> problem(String type, JsonNode payload) {
        if (!payload.isObject()) {
            return Optional.of("the envelope has no payload object");
        }
        return switch (type) {
            case "events_api" -> SlackPayloads.problem("application/json", payload.toString(), SlackApp.COMMANDS);
            case "interactive" -> SlackPayloads.problem("application/x-www-form-urlencoded",
                    "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8), SlackApp.COMMANDS);
            default -> SlackPayloads.problem("application/x-www-form-urlencoded", form(payload), SlackApp.COMMANDS);
        };
    }

    private static String form(JsonNode payload) {
        Map<String, String> fields = new LinkedHashMap<>();
        payload.fields().forEachRemaining(e -> {
            if (e.getValue().isValueNode()) {
                fields.put(e.getKey(), e.getValue().asText());
            }
        });
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    void stopIntake() {
        intake.set(false);
    }

    /** Waits for the envelopes under way (and their acks), {@code max} at most. */
    void awaitIdle(Duration max) {
        pool.shutdown();
        try {
            pool.awaitTermination(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        timers.shutdownNow();
    }
}
