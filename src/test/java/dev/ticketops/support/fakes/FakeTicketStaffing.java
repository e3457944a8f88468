package dev.ticketops.support.fakes;

import dev.ticketops.app.port.TicketStaffing;
import dev.ticketops.domain.TicketNumber;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** ticket_staffing in memory: one row per ticket, made on first use. */
public final class FakeTicketStaffing implements TicketStaffing {
    private final InMemoryTransactions tx;

    public FakeTicketStaffing(InMemoryTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Staffing> of(TicketNumber ticket) {
        return Optional.ofNullable(tx.tables().staffing.get(ticket.value()));
    }

    private Staffing row(TicketNumber ticket) {
        Tables t = tx.tables();
        t.ticket(ticket);
        return t.staffing.getOrDefault(ticket.value(), new Staffing(ticket, null, null, null, null));
    }

    @Override
    public void assign(TicketNumber ticket, long personId, Instant at) {
        tx.tables().person(personId);
        Staffing s = row(ticket);
        tx.tables().staffing.put(ticket.value(), new Staffing(ticket, personId, Tables.micros(at), s.firstResponseAt(), s.dmDueAt()));
    }

    @Override
    public boolean firstResponse(TicketNumber ticket, long personId, Instant at) {
        tx.tables().person(personId);
        Staffing s = row(ticket);
        if (s.firstResponseAt() != null) {
            return false;
        }
        tx.tables().staffing.put(ticket.value(), new Staffing(ticket, s.assigneeId(), s.assignedAt(), Tables.micros(at), s.dmDueAt()));
        return true;
    }

    @Override
    public void dmDue(TicketNumber ticket, Instant due) {
        Staffing s = row(ticket);
        tx.tables().staffing.put(ticket.value(), new Staffing(ticket, s.assigneeId(), s.assignedAt(), s.firstResponseAt(),
                Tables.micros(due)));
    }

    @Override
    public List<TicketNumber> assignedTo(long personId) {
        return tx.tables().staffing.values().stream().filter(s -> Objects.equals(s.assigneeId(), personId))
                .map(Staffing::ticket).toList();
    }
}
