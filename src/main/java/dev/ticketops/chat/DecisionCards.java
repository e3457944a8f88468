package dev.ticketops.chat;

import dev.ticketops.app.DecideEstimate;
import dev.ticketops.app.DecideOverrun;
import dev.ticketops.app.port.Notice;
import dev.ticketops.domain.Approval;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.Hours;
import dev.ticketops.domain.Ticket;
import java.time.Instant;
import java.util.Map;

/**
 * The cards that replace an estimate or extra-time card once the client has decided. Each is written to the outbox as
 * a notice (facts) and rendered from it, so the reply to the click and the delivered update read the same.
 */
final class DecisionCards {
    private DecisionCards() {
    }

    static Notice estimate(DecideEstimate.Decided d) {
        Approval a = d.approval();
        Ticket t = d.ticket().ticket();
        return new Notice(Notice.Kind.ESTIMATE_CARD_DECIDED, t.number(), Map.of(
                "title", t.title(),
                "text", d.estimate().clientText(),
                "decision", a.decision().name(),
                "by", a.decidedByName(),
                "at", a.decidedAt().toString()));
    }

    static Notice extraTime(DecideOverrun.Decided d) {
        return new Notice(Notice.Kind.EXTRA_TIME_CARD_DECIDED, d.ticket().number(), Map.of(
                "title", d.ticket().title(),
                "extra", Hours.words(d.request().minutes()),
                "decision", d.decision().name(),
                "by", d.by()));
    }

    static Reply render(Notice n) {
        boolean approved = Decision.valueOf(n.fact("decision")) == Decision.APPROVED;
        return switch (n.kind()) {
            case ESTIMATE_CARD_DECIDED -> {
                String when = Cards.when(Instant.parse(n.fact("at")));
                String headline = approved
                        ? "Approved by @" + n.fact("by") + " at " + when + " — work may begin"
                        : "Declined by @" + n.fact("by") + " at " + when + " — staff will post a new estimate";
                yield Reply.publicly().tone(approved ? Reply.Tone.SUCCESS : Reply.Tone.WARNING)
                        .title("Estimate for ticket " + n.ticket() + " – " + n.fact("title"))
                        .text(n.fact("text") + "\n\n" + headline)
                        .replaceOriginal()
                        .build();
            }
            case EXTRA_TIME_CARD_DECIDED -> Reply.publicly().tone(approved ? Reply.Tone.SUCCESS : Reply.Tone.WARNING)
                    .title("Extra time for ticket " + n.ticket() + " – " + n.fact("title"))
                    .text(approved
                            ? "@" + n.fact("by") + " approved " + n.fact("extra") + " beyond the estimate; it will be billed as actual time."
                            : "@" + n.fact("by") + " declined " + n.fact("extra") + " beyond the estimate; it will not be billed.")
                    .replaceOriginal()
                    .build();
            default -> throw new IllegalArgumentException("not a decision card: " + n.kind());
        };
    }
}
