package dev.ticketops.app;

import dev.ticketops.app.port.ConversationMessage;
import dev.ticketops.app.port.TicketMessages;
import dev.ticketops.app.port.Transactions;
import java.util.List;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;

/**
 * A ticket with its estimate, approval, time entries and history, and the last messages of its conversation, for
 * whoever may see it: internal notes only for staff.
 */
public final class ShowTicket {
    /** How many of the newest conversation messages are shown; the rest are counted ("N more"). */
    public static final int LAST_MESSAGES = 5;

    public record Query(Caller caller, TicketNumber ticket) implements UseCaseCommand {
    }

    /**
     * @param assignee      the staff member the ticket is assigned to, if any
     * @param firstResponse how long after opening staff first answered the client, if they have
     */
    public record Shown(TicketDetails details, List<ConversationMessage> lastMessages, long moreMessages, String assignee,
                        java.time.Duration firstResponse) {
    }

    private final Transactions transactions;
    private final TicketAccess access;
    private final TicketDetailsQuery details;
    private final TicketMessages messages;
    private final dev.ticketops.app.port.TicketStaffing staffing;
    private final dev.ticketops.app.port.People people;

    public ShowTicket(Transactions transactions, TicketAccess access, TicketDetailsQuery details, TicketMessages messages,
                      dev.ticketops.app.port.TicketStaffing staffing, dev.ticketops.app.port.People people) {
        this.staffing = staffing;
        this.people = people;
        this.transactions = transactions;
        this.access = access;
        this.details = details;
        this.messages = messages;
    }

    public Result<Shown> execute(Query q) {
        return transactions.inTransaction(() -> {
            Person p = access.person(q.caller());
            Result<Ticket> found = access.findVisible(p, q.ticket());
            if (found instanceof Result.Refused<Ticket> r) {
                return r.as();
            }
            Ticket t = found.orElseThrow();
            boolean staff = p.isStaff();
            var last = messages.latest(t.number(), staff, LAST_MESSAGES);
            long more = Math.max(0, messages.count(t.number(), staff) - last.size());
            var staffed = staffing.of(t.number());
            String assignee = staffed.map(s -> s.assigneeId()).flatMap(id -> id == null ? java.util.Optional.empty() : people.byId(id))
                    .map(Person::displayName).orElse(null);
            java.time.Duration first = staffed.map(s -> s.firstResponseAt()).map(at -> java.time.Duration.between(t.openedAt(), at))
                    .orElse(null);
            return Result.ok(new Shown(details.of(t), last, more, assignee, first));
        });
    }
}
