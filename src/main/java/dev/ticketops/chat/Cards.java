package dev.ticketops.chat;

import dev.ticketops.domain.CredentialScanner;
import dev.ticketops.domain.Ticket;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * The words every card shares: the ticket heading, times in UTC, the ticket-first rule and the note on removed
 * credentials. The cards themselves live by subject: {@link TicketCards}, {@link BillingCards}, {@link NoticeCards},
 * {@link DecisionCards}, {@link DigestCard} and {@link StatusCards}.
 */
public final class Cards {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    public static final String TICKET_ONLY = "No ticket = no work. Every request, fix or investigation starts as a ticket,"
            + " so it is tracked, estimated and approved in one place.";

    private Cards() {
    }

    public static String when(Instant i) {
        return WHEN.format(i);
    }

    static String heading(Ticket t) {
        return "Ticket " + t.number() + " – " + t.title();
    }

    static String redactionNote(Set<String> kinds) {
        return kinds.isEmpty() ? null
                : "Credentials were removed from your message (" + String.join(", ", kinds) + "). " + CredentialScanner.ADVICE;
    }

    /**
     * The reply with the Bitwarden Send advice added once, naming the kinds of credential removed from the message
     * (never the credential): unchanged when nothing was removed or the reply already carries the advice.
     */
    static Reply withCredentialAdvice(Reply reply, Set<String> kinds) {
        if (kinds.isEmpty() || reply.plainText().contains(CredentialScanner.ADVICE)) {
            return reply;
        }
        String note = "⚠️ " + redactionNote(kinds);
        Reply.Tone tone = reply.tone() == Reply.Tone.SUCCESS || reply.tone() == Reply.Tone.INFO ? Reply.Tone.WARNING : reply.tone();
        return new Reply(reply.visibility(), tone, reply.title(), reply.text().isEmpty() ? note : reply.text() + "\n\n" + note,
                reply.fields(), reply.buttons(), reply.footer(), reply.replaceOriginal());
    }
}
