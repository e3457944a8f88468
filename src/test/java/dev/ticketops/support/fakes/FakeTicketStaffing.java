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

    private java.util.stream.Stream<dev.ticketops.domain.Ticket> openTickets() {
        return tx.tables().tickets.values().stream().filter(t -> t.status().isOpen());
    }

    private Long assignee(dev.ticketops.domain.Ticket t) {
        Staffing s = tx.tables().staffing.get(t.number().value());
        return s == null ? null : s.assigneeId();
    }

    @Override
    public List<Unassigned> openUnassigned(int limit) {
        return openTickets().filter(t -> assignee(t) == null).limit(limit)
                .map(t -> new Unassigned(t.number(), t.title(), tx.tables().clients.get(t.clientId()).name())).toList();
    }

    @Override
    public long countOpenUnassigned() {
        return openTickets().filter(t -> assignee(t) == null).count();
    }

    @Override
    public List<Workload> openByAssignee() {
        var counts = new java.util.TreeMap<String, Long>();
        openTickets().map(this::assignee).filter(Objects::nonNull)
                .forEach(id -> counts.merge(tx.tables().people.get(id).displayName(), 1L, Long::sum));
        return counts.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new Workload(e.getKey(), e.getValue())).toList();
    }

    @Override
    public List<java.time.Duration> firstResponsesBetween(Instant from, Instant to) {
        return tx.tables().staffing.values().stream()
                .filter(s -> s.firstResponseAt() != null && !s.firstResponseAt().isBefore(from) && s.firstResponseAt().isBefore(to))
                .map(s -> java.time.Duration.between(tx.tables().tickets.get(s.ticket().value()).openedAt(), s.firstResponseAt()))
                .toList();
    }
}
