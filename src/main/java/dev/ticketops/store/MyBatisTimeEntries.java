package dev.ticketops.store;

import dev.ticketops.app.port.TimeEntries;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TimeEntry;
import dev.ticketops.domain.WorkDuration;
import java.util.List;
import java.util.Optional;

final class MyBatisTimeEntries implements TimeEntries {
    private final MyBatisTransactions tx;

    MyBatisTimeEntries(MyBatisTransactions tx) {
        this.tx = tx;
    }

    private TimeEntryMapper m() {
        return tx.mapper(TimeEntryMapper.class);
    }

    @Override
    public long insert(TimeEntry e) {
        GeneratedKey key = new GeneratedKey();
        m().insert(new TimeEntryMapper.Row(null, e.ticket().value(), e.personId(), e.personName(), e.duration().minutes(),
                e.note(), Utc.of(e.loggedAt())), key);
        return key.value();
    }

    @Override
    public long totalMinutes(TicketNumber ticket) {
        return m().totalMinutes(ticket.value());
    }

    @Override
    public List<TimeEntry> forTicket(TicketNumber ticket) {
        return m().forTicket(ticket.value()).stream().map(MyBatisTimeEntries::toEntry).toList();
    }

    @Override
    public Optional<TimeEntry> latestBy(long personId) {
        return Optional.ofNullable(m().latestBy(personId)).map(MyBatisTimeEntries::toEntry);
    }

    @Override
    public boolean delete(long id) {
        return m().delete(id) > 0;
    }

    private static TimeEntry toEntry(TimeEntryMapper.Row r) {
        return new TimeEntry(r.id(), TicketNumber.of(r.ticketNumber()), r.personId(), r.personName(),
                new WorkDuration(r.minutes()), r.note(), Utc.instant(r.loggedAt()));
    }
}
