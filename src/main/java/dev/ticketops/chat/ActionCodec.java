package dev.ticketops.chat;

import dev.ticketops.domain.Decision;
import dev.ticketops.domain.TicketNumber;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one place that writes and reads what a button carries: {@code approve:<ticket>:<estimate>} and
 * {@code decline:<ticket>:<estimate>} for an estimate, {@code xapprove:<ticket>:<request>} and
 * {@code xdecline:<ticket>:<request>} for extra time beyond it — well under Discord's 100-character custom id limit.
 * The part before the first colon is the action id.
 */
public final class ActionCodec {
    public static final String APPROVE = "approve";
    public static final String DECLINE = "decline";
    public static final String APPROVE_EXTRA = "xapprove";
    public static final String DECLINE_EXTRA = "xdecline";
    /** The client's rating of a closed ticket: {@code rateup:<ticket>:0} (👍), {@code ratedown:<ticket>:0} (👎). */
    public static final String RATE_UP = "rateup";
    public static final String RATE_DOWN = "ratedown";
    public static final List<String> ACTION_IDS = List.of(APPROVE, DECLINE, APPROVE_EXTRA, DECLINE_EXTRA, RATE_UP, RATE_DOWN);
    private static final Pattern FORM = Pattern.compile("(x?)(approve|decline):(\\d{1,12}):(\\d{1,15})");
    private static final Pattern RATING = Pattern.compile("rate(up|down):(\\d{1,12}):(\\d{1,15})");

    /** What a button decides about; a rating's decision is APPROVED for 👍 and DECLINED for 👎. */
    public enum Target { ESTIMATE, EXTRA_TIME, RATING }

    public record ButtonAction(Target target, Decision decision, TicketNumber ticket, long id) {
        public String actionId() {
            if (target == Target.RATING) {
                return decision == Decision.APPROVED ? RATE_UP : RATE_DOWN;
            }
            return (target == Target.EXTRA_TIME ? "x" : "") + (decision == Decision.APPROVED ? APPROVE : DECLINE);
        }

        public String encode() {
            return actionId() + ":" + ticket.value() + ":" + id;
        }
    }

    private ActionCodec() {
    }

    public static String encode(Decision d, TicketNumber ticket, long estimateId) {
        return new ButtonAction(Target.ESTIMATE, d, ticket, estimateId).encode();
    }

    public static String encodeExtra(Decision d, TicketNumber ticket, long requestId) {
        return new ButtonAction(Target.EXTRA_TIME, d, ticket, requestId).encode();
    }

    /** The 👍 ({@code good}) or 👎 button of a closed ticket's rating. */
    public static String encodeRating(boolean good, TicketNumber ticket) {
        return new ButtonAction(Target.RATING, good ? Decision.APPROVED : Decision.DECLINED, ticket, 0).encode();
    }

    public static Optional<ButtonAction> decode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var rating = RATING.matcher(value);
        if (rating.matches()) {
            long n = Long.parseLong(rating.group(2));
            return n < 1 ? Optional.empty() : Optional.of(new ButtonAction(Target.RATING,
                    rating.group(1).equals("up") ? Decision.APPROVED : Decision.DECLINED, TicketNumber.of(n),
                    Long.parseLong(rating.group(3))));
        }
        var m = FORM.matcher(value);
        if (!m.matches() || Long.parseLong(m.group(3)) < 1) {
            return Optional.empty();
        }
        Decision d = m.group(2).equals(APPROVE) ? Decision.APPROVED : Decision.DECLINED;
        Target t = m.group(1).isEmpty() ? Target.ESTIMATE : Target.EXTRA_TIME;
        return Optional.of(new ButtonAction(t, d, TicketNumber.of(Long.parseLong(m.group(3))), Long.parseLong(m.group(4))));
    }
}
