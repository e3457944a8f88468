package dev.ticketops.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.ticketops.app.port.Notice;
import java.io.UncheckedIOException;

/**
 * A notice as stored in the outbox: its record's fields as JSON, with the kind as discriminator
 * ({@code {"kind":"TICKET_CLOSED","ticket":{"value":12},"title":…}}). Reading is strict: a field the record does not
 * have is an error, not a silent gap.
 */
final class NoticeJson {
    static final String KIND = "kind";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .visibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .build();

    private NoticeJson() {
    }

    static JsonNode write(Notice n) {
        ObjectNode node = JSON.createObjectNode().put(KIND, n.kind().name());
        node.setAll((ObjectNode) JSON.valueToTree(n));
        return node;
    }

    static Notice read(JsonNode stored) {
        ObjectNode fields = stored.deepCopy();
        Notice.Kind kind = Notice.Kind.valueOf(fields.remove(KIND).asText());
        try {
            return JSON.treeToValue(fields, type(kind));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a stored " + kind + " notice cannot be read", e);
        }
    }

    private static Class<? extends Notice> type(Notice.Kind kind) {
        return switch (kind) {
            case ESTIMATE_POSTED -> Notice.EstimatePosted.class;
            case ESTIMATE_DECIDED -> Notice.EstimateDecided.class;
            case TICKET_CLOSED -> Notice.TicketClosed.class;
            case TICKET_REOPENED -> Notice.TicketReopened.class;
            case OVERRUN_REQUESTED -> Notice.OverrunRequested.class;
            case INVOICE_ISSUED -> Notice.InvoiceIssued.class;
            case INVOICE_REMINDER -> Notice.InvoiceReminder.class;
            case PAYMENT_RECEIVED -> Notice.PaymentReceived.class;
            case DIGEST -> Notice.DailyDigest.class;
            case ESTIMATE_CARD_DECIDED -> Notice.EstimateCardDecided.class;
            case EXTRA_TIME_CARD_DECIDED -> Notice.ExtraTimeCardDecided.class;
            case TIMER_RUNNING_LONG -> Notice.TimerRunningLong.class;
            case TARGET_AT_RISK -> Notice.TargetAtRisk.class;
            case OUT_OF_HOURS -> Notice.OutOfHours.class;
            case APPROVAL_REMINDER -> Notice.ApprovalReminder.class;
            case CLOSED_WITHOUT_APPROVAL -> Notice.ClosedWithoutApproval.class;
        };
    }
}
