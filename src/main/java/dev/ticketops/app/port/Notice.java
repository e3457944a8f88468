package dev.ticketops.app.port;

import dev.ticketops.domain.TicketNumber;
import java.util.Map;
import java.util.Objects;

/**
 * A message the process requires to be sent (an estimate to approve, an approval notice, a closure summary), as
 * facts; the chat layer renders it for each platform when it is delivered.
 */
public record Notice(Kind kind, TicketNumber ticket, Map<String, String> facts) {
    public enum Kind {
        ESTIMATE_POSTED, ESTIMATE_DECIDED, TICKET_CLOSED, TICKET_REOPENED, OVERRUN_REQUESTED, INVOICE_ISSUED,
        INVOICE_REMINDER, PAYMENT_RECEIVED, DIGEST,
        /** The estimate card, replaced after the client's decision ("Approved by …"), its buttons gone. */
        ESTIMATE_CARD_DECIDED,
        /** The extra-time card, replaced after the client's decision, its buttons gone. */
        EXTRA_TIME_CARD_DECIDED
    }

    public Notice {
        Objects.requireNonNull(kind, "kind");
        facts = Map.copyOf(facts);
    }

    public String fact(String name) {
        return facts.getOrDefault(name, "");
    }
}
