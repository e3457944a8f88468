package dev.ticketops.store;

import dev.ticketops.app.port.TicketStaffing;
import dev.ticketops.domain.TicketNumber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

final class MyBatisTicketStaffing implements TicketStaffing {
    private final MyBatisTransactions tx;

    MyBatisTicketStaffing(MyBatisTransactions tx) {
        this.tx = tx;
    }

    private TicketStaffingMapper m() {
        return tx.mapper(TicketStaffingMapper.class);
    }

    @Override
    public Optional<Staffing> of(TicketNumber ticket) {
        return Optional.ofNullable(m().of(ticket.value())).map(r -> new Staffing(ticket, r.assigneeId(),
                instant(r.assignedAt()), instant(r.firstResponseAt()), instant(r.dmDueAt())));
    }

    @Override
    public void assign(TicketNumber ticket, long personId, Instant at) {
        m().assign(ticket.value(), personId, Utc.of(at));
    }

    @Override
    public boolean firstResponse(TicketNumber ticket, long personId, Instant at) {
        // MariaDB counts an insert as 1 row, an update that changed values as 2, an unchanged row as 0
        if (of(ticket).map(s -> s.firstResponseAt() != null).orElse(false)) {
            return false;
        }
        return m().firstResponse(ticket.value(), personId, Utc.of(at)) > 0;
    }

    @Override
    public void dmDue(TicketNumber ticket, Instant due) {
        m().dmDue(ticket.value(), Utc.of(due));
    }

    @Override
    public List<TicketNumber> assignedTo(long personId) {
        return m().assignedTo(personId).stream().map(TicketNumber::of).toList();
    }

    @Override
    public List<Unassigned> openUnassigned(int limit) {
        return m().openUnassigned(limit).stream().map(r -> new Unassigned(TicketNumber.of(r.number()), r.title(), r.client()))
                .toList();
    }

    @Override
    public long countOpenUnassigned() {
        return m().countOpenUnassigned();
    }

    @Override
    public List<Workload> openByAssignee() {
        return m().openByAssignee().stream().map(r -> new Workload(r.assignee(), r.open())).toList();
    }

    @Override
    public List<java.time.Duration> firstResponsesBetween(Instant from, Instant to) {
        return m().firstResponsesBetween(Utc.of(from), Utc.of(to)).stream()
                .map(r -> java.time.Duration.between(r.openedAt(), r.firstResponseAt())).toList();
    }

    private static Instant instant(java.time.LocalDateTime t) {
        return t == null ? null : Utc.instant(t);
    }
}
