package dev.ticketops.app;

import dev.ticketops.app.port.ConversationMessage;
import dev.ticketops.app.port.Notice;
import dev.ticketops.app.port.TicketMessages;
import dev.ticketops.app.port.TicketThread;
import dev.ticketops.app.port.Tickets;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.CredentialScanner;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketStatus;
import java.util.UUID;

/**
 * Writes into a ticket's conversation from anywhere — the way in where a platform cannot deliver thread messages
 * (Discord's HTTP mode), and the way staff answer a client from the triage thread or another platform. A staff reply
 * is posted by the bot in the client's thread, signed with the staff member's name; a client's message is posted
 * there as theirs. Both are recorded, and a client's is mirrored to the triage thread.
 */
public final class ReplyToTicket {
    public record Command(Caller caller, TicketNumber ticket, String text) implements UseCaseCommand {
    }

    public record Replied(TicketNumber ticket, boolean staff, boolean crossPlatform) {
    }

    private final Transactions transactions;
    private final TicketAccess access;
    private final TicketMessages messages;
    private final TicketThreadNotices notices;
    private final ConversationFollowUp followUp;
    private final AgencyCalendar calendar;

    public ReplyToTicket(Transactions transactions, TicketAccess access, TicketMessages messages, TicketThreadNotices notices,
                         ConversationFollowUp followUp, AgencyCalendar calendar) {
        this.transactions = transactions;
        this.access = access;
        this.messages = messages;
        this.notices = notices;
        this.followUp = followUp;
        this.calendar = calendar;
    }

    public Result<Replied> execute(Command c) {
        if (Text.isBlank(c.text())) {
            return Result.refused("A reply needs the message to send.",
                    Hint.usage("Write it after the ticket number. ", Action.REPLY_TICKET, ""));
        }
        if (Text.length(c.text().strip()) > RecordThreadMessage.TEXT_MAX) {
            return Result.refused("The message is longer than " + RecordThreadMessage.TEXT_MAX + " characters.",
                    Hint.say("Send it in parts."));
        }
        return transactions.inTransaction(() -> {
            Person p = access.person(c.caller());
            Result<Ticket> found = access.findVisible(p, c.ticket());
            if (found instanceof Result.Refused<Ticket> r) {
                return r.as();
            }
            Ticket t = found.orElseThrow();
            if (t.status() == TicketStatus.CLOSED) {
                return Result.refused("Ticket " + t.number() + " is closed; its thread stays readable but takes no new messages.",
                        Hint.run("Open a new one with ", Suggestion.of(Action.OPEN_TICKET), "."));
            }
            var redacted = CredentialScanner.redact(c.text().strip());
            var m = new ConversationMessage(0, t.number(), TicketThread.Side.CLIENT, false, c.caller().platform(),
                    c.caller().workspaceId(), "command", "reply-" + UUID.randomUUID(), p.id(), p.displayName(), p.role(),
                    ConversationMessage.Via.COMMAND, redacted.text(),
                    redacted.kinds().isEmpty() ? null : String.join(", ", redacted.kinds()), calendar.now(), null, null);
            messages.insert(m);
            if (p.isStaff()) {
                notices.post(t, new Notice.StaffReplied(t.number(), p.displayName(), redacted.text()));
            } else {
                notices.post(t, new Notice.ConversationMirrored(t.number(), t.title(), p.displayName(), p.role(),
                        p.platform(), redacted.text()));
            }
            followUp.written(t, m);
            return Result.ok(new Replied(t.number(), p.isStaff(), t.origin().platform() != c.caller().platform()));
        });
    }
}
