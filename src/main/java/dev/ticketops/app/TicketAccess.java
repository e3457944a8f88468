package dev.ticketops.app;

import dev.ticketops.app.port.People;
import dev.ticketops.app.port.Tickets;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Refusal;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketPolicy;
import java.util.Optional;

/**
 * Who is asking, and which tickets they may see: the person for a caller, a visible ticket (locked for change or just
 * read), and the opening every change to one ticket shares — lock it, check the caller may see it, check a policy.
 */
public final class TicketAccess {
    /** A rule over who asks and the ticket: a refusal, or empty when the change may go ahead. */
    @FunctionalInterface
    public interface Policy {
        Optional<Refusal> check(Person person, Ticket ticket);
    }

    /** The change itself, once the policy allowed it, in the same transaction. */
    @FunctionalInterface
    public interface Change<T> {
        Result<T> apply(Person person, Ticket ticket);
    }

    private final Transactions transactions;
    private final People people;
    private final Tickets tickets;
    private final AgencyCalendar calendar;

    public TicketAccess(Transactions transactions, People people, Tickets tickets, AgencyCalendar calendar) {
        this.transactions = transactions;
        this.people = people;
        this.tickets = tickets;
        this.calendar = calendar;
    }

    /** The person behind a caller, created or refreshed (name, role) as they ask. */
    public Person person(Caller caller) {
        return people.upsert(caller, calendar.now());
    }

    /** The ticket, locked for change, if the person may see it; a refusal that does not reveal it otherwise. */
    public Result<Ticket> lockVisible(Person p, TicketNumber n) {
        return visible(p, n, tickets.lock(n));
    }

    public Result<Ticket> findVisible(Person p, TicketNumber n) {
        return visible(p, n, tickets.find(n));
    }

    private static Result<Ticket> visible(Person p, TicketNumber n, Optional<Ticket> t) {
        if (t.isEmpty() || !TicketPolicy.canSee(p, t.get())) {
            return TicketPolicy.notFound(n).toResult();
        }
        return Result.ok(t.get());
    }

    /**
     * In one transaction: the caller's person, ticket {@code n} locked if they may see it, {@code policy}'s verdict,
     * and — allowed — the {@code change}. Concurrent changes to one ticket wait for each other on the lock.
     */
    public <T> Result<T> change(Caller caller, TicketNumber n, Policy policy, Change<T> change) {
        return transactions.inTransaction(() -> {
            Person p = person(caller);
            Result<Ticket> found = lockVisible(p, n);
            if (found instanceof Result.Refused<Ticket> r) {
                return r.as();
            }
            Ticket t = found.orElseThrow();
            Optional<Refusal> refusal = policy.check(p, t);
            if (refusal.isPresent()) {
                return refusal.get().toResult();
            }
            return change.apply(p, t);
        });
    }
}
