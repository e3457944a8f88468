package dev.ticketops.chat;

import dev.ticketops.app.port.Notice;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.CredentialScanner;
import dev.ticketops.domain.Role;
import dev.ticketops.domain.Suggestion;

/** The messages of a ticket's conversation the bot posts: answers in a thread, mirrors, signed staff replies. */
final class ConversationCards {
    private ConversationCards() {
    }

    static Reply closed(Notice.ClosedTicketAnswer n, Syntax syntax) {
        return Reply.publicly().tone(Reply.Tone.INFO)
                .text((n.author() == null ? "" : "@" + n.author() + ", ") + "this ticket is closed — open a new one with "
                        + syntax.command(Suggestion.of(Action.OPEN_TICKET)) + ". This thread stays readable.")
                .build();
    }

    /**
     * Where the bot removed the message (Discord) it reposts it redacted; where it may not (Slack) it asks the author to
     * delete it. Either way: the Bitwarden Send advice, and never the credential.
     */
    static Reply credential(Notice.CredentialRedacted n) {
        String who = n.author() == null ? "" : "@" + n.author();
        String kinds = n.kinds() == null || n.kinds().isBlank() ? "" : " (" + n.kinds() + ")";
        String text = n.removedMessage() != null
                ? who + " wrote (a credential" + kinds + " was removed, so their message was deleted and is shown redacted):\n"
                + quote(n.redactedText()) + "\n\n" + CredentialScanner.ADVICE
                : who + ", your message holds a credential" + kinds + ". It was recorded redacted, but it is still"
                + " visible in this thread: please delete it. " + CredentialScanner.ADVICE;
        return Reply.publicly().tone(Reply.Tone.WARNING).text(text).build();
    }

    static Reply mirrored(Notice.ConversationMirrored n) {
        String role = n.role() == Role.STAFF ? "staff" : "client";
        return Reply.publicly().tone(Reply.Tone.INFO)
                .text("@" + n.author() + " (" + role + ", " + n.from().label() + ") in ticket " + n.ticket() + ":\n"
                        + quote(n.text()))
                .build();
    }

    static Reply staffReply(Notice.StaffReplied n) {
        return Reply.publicly().tone(Reply.Tone.INFO).text(n.text() + "\n— " + n.staff() + ", support team").build();
    }

    private static String quote(String text) {
        return "> " + text.strip().replace("\n", "\n> ");
    }

    static Reply assignee(Notice.AssigneeNewMessages n, Syntax syntax) {
        return Reply.publicly().tone(Reply.Tone.INFO)
                .title("New client message on your ticket " + n.ticket() + " – " + n.title())
                .text("The newest, from @" + n.author() + " on " + n.from().label() + ":\n" + quote(n.latest()))
                .footer("Answer with " + syntax.command(Suggestion.of(Action.REPLY_TICKET, n.ticket()))
                        + ", or in the ticket's thread. At most one such message per ticket every 5 minutes.")
                .build();
    }
}
