package dev.ticketops.chat;

import dev.ticketops.domain.Decision;
import dev.ticketops.domain.TicketNumber;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one place that writes and reads what a button carries: {@code approve:<ticket>:<estimate>} or
 * {@code decline:<ticket>:<estimate>}, well under Discord's 100-character limit for a custom id.
 */
public final class ActionCodec {
    public static final String APPROVE = "approve";
    public static final String DECLINE = "decline";
    private static final Pattern FORM = Pattern.compile("(approve|decline):(\\d{1,12}):(\\d{1,15})");

    public record EstimateAction(Decision decision, TicketNumber ticket, long estimateId) {
        public String actionId() {
            return decision == Decision.APPROVED ? APPROVE : DECLINE;
        }

        public String encode() {
            return actionId() + ":" + ticket.value() + ":" + estimateId;
        }
    }

    private ActionCodec() {
    }

    public static String encode(Decision d, TicketNumber ticket, long estimateId) {
        return new EstimateAction(d, ticket, estimateId).encode();
    }

    public static Optional<EstimateAction> decode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var m = FORM.matcher(value);
        if (!m.matches() || Long.parseLong(m.group(2)) < 1) {
            return Optional.empty();
        }
        Decision d = m.group(1).equals(APPROVE) ? Decision.APPROVED : Decision.DECLINED;
        return Optional.of(new EstimateAction(d, TicketNumber.of(Long.parseLong(m.group(2))), Long.parseLong(m.group(3))));
    }
}
