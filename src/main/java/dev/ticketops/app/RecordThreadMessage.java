package dev.ticketops.app;

import dev.ticketops.app.port.ConversationMessage;
import dev.ticketops.app.port.Notice;
import dev.ticketops.app.port.People;
import dev.ticketops.app.port.TicketMessages;
import dev.ticketops.app.port.TicketThread;
import dev.ticketops.app.port.TicketThreads;
import dev.ticketops.app.port.Tickets;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.CredentialScanner;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketStatus;
import java.util.Set;

/**
 * A message a person wrote in a ticket's thread becomes part of the ticket's conversation: recorded with author, role,
 * platform and time, credentials redacted before storage. In the client's thread, a credential gets the advice (and on
 * Discord, where the bot may delete it, a redacted repost); a message in a closed ticket's thread gets the answer that
 * it is closed. In the triage thread it is an internal note. A message in no ticket's thread is ignored, and a
 * repeated delivery of the same message acts once.
 */
public final class RecordThreadMessage {
    /**
     * @param threadId  the thread the message was written in (Slack: its thread_ts; Discord: the thread channel)
     * @param nameKnown false when the platform's event does not name the author (Slack's message events): the name
     *                  stored from their last command is kept
     */
    public record Command(Caller author, boolean nameKnown, String channelId, String threadId, String messageId, String text)
            implements UseCaseCommand {
    }

    public enum Outcome { RECORDED, REPEATED, NOT_A_TICKET_THREAD }

    public record Recorded(TicketNumber ticket, Outcome outcome, Set<String> redactions) {
        static Recorded ignored(Outcome o) {
            return new Recorded(null, o, Set.of());
        }
    }

    static final int TEXT_MAX = 40_000;

    private final Transactions transactions;
    private final TicketAccess access;
    private final TicketThreads threads;
    private final People people;
    private final TicketMessages messages;
    private final Tickets tickets;
    private final TicketThreadNotices notices;
    private final ConversationFollowUp followUp;
    private final AgencyCalendar calendar;

    public RecordThreadMessage(Transactions transactions, TicketAccess access, People people, TicketThreads threads,
                               TicketMessages messages,
                               Tickets tickets, TicketThreadNotices notices, ConversationFollowUp followUp,
                               AgencyCalendar calendar) {
        this.transactions = transactions;
        this.access = access;
        this.threads = threads;
        this.people = people;
        this.messages = messages;
        this.tickets = tickets;
        this.notices = notices;
        this.followUp = followUp;
        this.calendar = calendar;
    }

    public Recorded execute(Command c) {
        if (Text.isBlank(c.text()) || c.threadId() == null) {
            return Recorded.ignored(Outcome.NOT_A_TICKET_THREAD);
        }
        return transactions.inTransaction(() -> {
            var located = threads.locate(c.author().platform(), c.channelId(), c.threadId());
            if (located.isEmpty()) {
                return Recorded.ignored(Outcome.NOT_A_TICKET_THREAD);
            }
            Ticket t = tickets.find(located.get().ticket()).orElseThrow();
            TicketThread.Side side = located.get().side();
            Caller author = c.nameKnown() ? c.author() : people.byIdentity(c.author().platform(), c.author().workspaceId(),
                    c.author().userId()).map(known -> new Caller(c.author().platform(), c.author().workspaceId(),
                    c.author().userId(), known.displayName(), c.author().role())).orElse(c.author());
            Person p = access.person(author);
            var redacted = CredentialScanner.redact(c.text().strip());
            String text = Text.clip(redacted.text(), TEXT_MAX);
            boolean internal = side == TicketThread.Side.TRIAGE;
            var stored = new ConversationMessage(0, t.number(), side, internal, c.author().platform(), c.author().workspaceId(),
                    c.channelId(), c.messageId(), p.id(), p.displayName(), p.role(), ConversationMessage.Via.THREAD, text,
                    redacted.kinds().isEmpty() ? null : String.join(", ", redacted.kinds()), calendar.now(), null, null);
            if (messages.insert(stored).isEmpty()) {
                return new Recorded(t.number(), Outcome.REPEATED, Set.of());
            }
            if (!redacted.kinds().isEmpty()) {
                notices.post(t, side, credentialNotice(t, p, text, redacted.kinds(), c));
            }
            if (side == TicketThread.Side.CLIENT && t.status() == TicketStatus.CLOSED) {
                notices.post(t, side, new Notice.ClosedTicketAnswer(t.number(), p.displayName()));
            } else {
                followUp.written(t, stored);
            }
            return new Recorded(t.number(), Outcome.RECORDED, redacted.kinds());
        });
    }

    /** Discord lets the bot delete a person's message (Manage Messages); Slack does not, so the author is asked to. */
    static Notice.CredentialRedacted credentialNotice(Ticket t, Person p, String text, Set<String> kinds, Command c) {
        return new Notice.CredentialRedacted(t.number(), p.displayName(), text, String.join(", ", kinds),
                c.author().platform() == Platform.DISCORD ? c.messageId() : null);
    }
}
