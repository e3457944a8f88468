package dev.ticketops.chat;

import dev.ticketops.app.port.Notice;
import dev.ticketops.domain.Hours;
import dev.ticketops.domain.TicketPolicy;
import dev.ticketops.domain.TicketStatus;

/**
 * The ticket card at the root of a ticket's thread, rendered from the facts stored with it in the outbox: posted when
 * the ticket is opened, then edited in place as the ticket changes (state, estimate, time used of the approved
 * maximum, assignee, next step).
 */
final class ThreadCards {
    private ThreadCards() {
    }

    static Reply card(Notice.CardFacts f, Syntax syntax, boolean update) {
        Reply.Builder b = Reply.publicly().tone(f.status() == TicketStatus.CLOSED ? Reply.Tone.INFO : Reply.Tone.SUCCESS)
                .title("Ticket " + f.ticket() + " – " + f.title());
        if (f.description() != null) {
            b.text(f.description());
        }
        b.field("Status", f.status().label() + (f.urgent() ? " · urgent" : ""))
                .field("Client", f.client())
                .field("Requested by", f.requester())
                .field("Billable", f.billable() ? "Yes" : "No")
                .field("Assignee", f.assignee() == null ? "nobody yet" : f.assignee());
        if (f.estimate() != null) {
            b.field("Estimate", f.estimate());
        }
        if (f.decision() != null) {
            b.field("Estimate decision", f.decision());
        }
        b.field("Time", timeUsed(f));
        if (f.closeSummary() != null && f.status() == TicketStatus.CLOSED) {
            b.wideField("Work completed", f.closeSummary());
        }
        b.footer("Next: " + syntax.hint(TicketPolicy.nextStep(f.ticket(), f.status(), f.billable()))
                + (update ? "" : "\nReply in this thread: it is the ticket's conversation."));
        return b.build();
    }

    /** "1 hour 20 minutes of 2 hours approved", or the time so far when nothing is approved yet. */
    static String timeUsed(Notice.CardFacts f) {
        String used = f.loggedMinutes() == 0 ? "none logged yet" : Hours.words(f.loggedMinutes());
        if (f.approvedMinutes() == null) {
            return used;
        }
        return (f.loggedMinutes() == 0 ? "0 minutes" : Hours.words(f.loggedMinutes())) + " of "
                + Hours.words(f.approvedMinutes()) + " approved";
    }

    /** The triage card: which client, what, billable or not; its thread is the staff's, never the client's. */
    static Reply triage(Notice.CardFacts f, Syntax syntax) {
        Reply.Builder b = Reply.publicly().tone(Reply.Tone.INFO)
                .title("New ticket " + f.ticket() + " – " + f.title())
                .field("Client", f.client())
                .field("Requested by", f.requester())
                .field("Billable", f.billable() ? "Yes" : "No")
                .field("Assignee", f.assignee() == null ? "nobody yet" : f.assignee());
        if (f.description() != null) {
            b.text(f.description());
        }
        TriageButtons.add(b, f.ticket());
        b.footer("Staff thread: messages here are internal notes and never reach the client. Reply to the client with "
                + syntax.command(dev.ticketops.domain.Suggestion.of(dev.ticketops.domain.Action.REPLY_TICKET, f.ticket())) + ".");
        return b.build();
    }
}
