package dev.ticketops.chat;

import dev.ticketops.app.ReplyToTicket;

/** The answers to /ticket reply. */
final class ConversationReplies {
    private ConversationReplies() {
    }

    static Reply replied(ReplyToTicket.Replied r) {
        String where = r.crossPlatform() ? " (on the client's platform)" : "";
        return Reply.privately().tone(Reply.Tone.SUCCESS)
                .text(r.staff()
                        ? "Sent to the client in ticket " + r.ticket() + "'s thread" + where + ", signed with your name."
                        : "Added to ticket " + r.ticket() + "'s conversation; the support team sees it.")
                .build();
    }

    static Reply assigned(dev.ticketops.app.AssignTicket.Assigned a) {
        String who = a.self() ? "You have" : "@" + a.assignee() + " has";
        return Reply.privately().tone(Reply.Tone.SUCCESS)
                .text(a.changed() ? who + " taken ticket " + a.ticket() + " – " + a.title() + "."
                        : "Ticket " + a.ticket() + " was already assigned to " + (a.self() ? "you" : "@" + a.assignee()) + ".")
                .build();
    }

    static Reply mine(dev.ticketops.app.ListTickets.Listing l, Syntax syntax) {
        if (l.tickets().isEmpty()) {
            return Reply.privately().text("No open tickets are assigned to you. Take one with "
                    + syntax.command(dev.ticketops.domain.Suggestion.of(dev.ticketops.domain.Action.ASSIGN_TICKET, "me"))
                    + ".").build();
        }
        Reply r = TicketCards.list(l, syntax);
        return new Reply(r.visibility(), r.tone(), "Your open tickets", r.text(), r.fields(), r.buttons(), r.footer(),
                r.replaceOriginal());
    }
}
