package dev.ticketops.chat;

import dev.ticketops.app.EndPortalSessions;
import dev.ticketops.app.MintPortalLink;
import dev.ticketops.app.ResumePortalSession;

/** The answers to {@code /ticket portal}: the private sign-in link, and the sign-out of every browser. */
public final class PortalCards {
    private PortalCards() {
    }

    public static Reply link(MintPortalLink.Minted m) {
        return Reply.privately().tone(Reply.Tone.INFO).title("Your sign-in link to the support portal")
                .text(m.url() + "\n\nIt works once, until " + Cards.when(m.expiresAt()) + " (" + MintPortalLink.VALID_FOR.toMinutes()
                        + " minutes). Do not share it: it signs in as you. "
                        + (m.staff() ? "You will see the staff board, every ticket and the numbers."
                        : "You will see your tickets, their estimates and your invoices."))
                .footer("A session ends after " + ResumePortalSession.IDLE.toHours() + " hours without use.")
                .build();
    }

    public static Reply ended(EndPortalSessions.Ended e, Syntax syntax) {
        return Reply.privately().tone(Reply.Tone.SUCCESS)
                .text("Signed out of the portal in " + (e.sessions() == 1 ? "1 browser" : e.sessions() + " browsers")
                        + ". Sign-in links you had not used yet no longer work. Get a new one with "
                        + syntax.command(dev.ticketops.domain.Suggestion.of(dev.ticketops.domain.Action.PORTAL)) + ".")
                .build();
    }
}
