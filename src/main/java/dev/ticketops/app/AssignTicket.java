package dev.ticketops.app;

import dev.ticketops.app.port.People;
import dev.ticketops.app.port.TicketStaffing;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketPolicy;

/**
 * Gives a ticket to one staff member (/ticket assign, the Take it button): a ticket has at most one assignee, and only
 * staff assign or are assigned. The card at the root of the ticket's thread shows the assignee.
 */
public final class AssignTicket {
    /**
     * @param assignee who takes it, as their platform names them (the role is read from what TicketOps knows of them);
     *                 null: the caller ("me", Take it)
     */
    public record Command(Caller caller, TicketNumber ticket, Caller assignee) implements UseCaseCommand {
    }

    public record Assigned(TicketNumber ticket, String title, String assignee, boolean self, boolean changed) {
    }

    private final TicketAccess access;
    private final People people;
    private final TicketStaffing staffing;
    private final TicketThreadNotices notices;
    private final AgencyCalendar calendar;

    public AssignTicket(TicketAccess access, People people, TicketStaffing staffing, TicketThreadNotices notices,
                        AgencyCalendar calendar) {
        this.access = access;
        this.people = people;
        this.staffing = staffing;
        this.notices = notices;
        this.calendar = calendar;
    }

    public Result<Assigned> execute(Command c) {
        return access.change(c.caller(), c.ticket(), (p, t) -> TicketPolicy.staffOnly(p, "assign tickets"), (p, t) -> {
            Person who = p;
            if (c.assignee() != null && !c.assignee().userId().equals(c.caller().userId())) {
                var known = people.byIdentity(c.assignee().platform(), c.assignee().workspaceId(), c.assignee().userId());
                if (known.isEmpty() || !known.get().isStaff()) {
                    return Result.refused("@" + c.assignee().displayName() + " is not known as support staff here; a ticket is"
                            + " assigned to staff only.", Hint.say("Assign it to a staff member who has used TicketOps"
                            + " (any command makes them known), or take it yourself with me."));
                }
                who = known.get();
            }
            final Person assignee = who;
            boolean changed = staffing.of(t.number()).map(s -> s.assigneeId() == null || s.assigneeId() != assignee.id())
                    .orElse(true);
            if (changed) {
                staffing.assign(t.number(), assignee.id(), calendar.now());
                notices.cardChanged(t);
            }
            return Result.ok(new Assigned(t.number(), t.title(), assignee.displayName(), assignee.id() == p.id(), changed));
        });
    }
}
