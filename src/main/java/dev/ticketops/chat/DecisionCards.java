package dev.ticketops.chat;

import dev.ticketops.app.DecideEstimate;
import dev.ticketops.app.DecideOverrun;
import dev.ticketops.app.port.Notice;
import dev.ticketops.domain.Approval;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.Hours;
import dev.ticketops.domain.Ticket;

/**
 * The cards that replace an estimate or extra-time card once the client has decided. Each is written to the outbox as
 * a notice and rendered from it, so the reply to the click and the delivered update read the same.
 */
final class DecisionCards {
    private DecisionCards() {
    }

    static Notice.EstimateCardDecided estimate(DecideEstimate.Decided d) {
        Approval a = d.approval();
        Ticket t = d.ticket().ticket();
        return new Notice.EstimateCardDecided(t.number(), t.title(), d.estimate().clientText(), a.decision(),
                a.decidedByName(), a.decidedAt());
    }

    static Notice.ExtraTimeCardDecided extraTime(DecideOverrun.Decided d) {
        return new Notice.ExtraTimeCardDecided(d.ticket().number(), d.ticket().title(), d.request().minutes(),
                d.decision(), d.by());
    }

    static Reply render(Notice.EstimateCardDecided n) {
        boolean approved = n.decision() == Decision.APPROVED;
        String when = Cards.when(n.at());
        String headline = approved
                ? "Approved by @" + n.by() + " at " + when + " — work may begin"
                : "Declined by @" + n.by() + " at " + when + " — staff will post a new estimate";
        return Reply.publicly().tone(approved ? Reply.Tone.SUCCESS : Reply.Tone.WARNING)
                .title("Estimate for ticket " + n.ticket() + " – " + n.title())
                .text(n.clientText() + "\n\n" + headline)
                .replaceOriginal()
                .build();
    }

    static Reply render(Notice.ExtraTimeCardDecided n) {
        boolean approved = n.decision() == Decision.APPROVED;
        String extra = Hours.words(n.extraMinutes());
        return Reply.publicly().tone(approved ? Reply.Tone.SUCCESS : Reply.Tone.WARNING)
                .title("Extra time for ticket " + n.ticket() + " – " + n.title())
                .text(approved
                        ? "@" + n.by() + " approved " + extra + " beyond the estimate; it will be billed as actual time."
                        : "@" + n.by() + " declined " + extra + " beyond the estimate; it will not be billed.")
                .replaceOriginal()
                .build();
    }
}
