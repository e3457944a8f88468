package dev.ticketops.support.fakes;

import dev.ticketops.app.port.TimeEntries;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TimeEntry;
import dev.ticketops.domain.WorkDuration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Time entries in memory; the person's name is read from People at read time, as the store joins it. */
public final class FakeTimeEntries implements TimeEntries {
    private static final Comparator<Tables.EntryRow> LOGGED = Comparator.comparing(Tables.EntryRow::loggedAt)
            .thenComparingLong(Tables.EntryRow::id);

    private final InMemoryTransactions tx;

    public FakeTimeEntries(InMemoryTransactions tx) {
        this.tx = tx;
    }

    @Override
    public long insert(TimeEntry e) {
        Tables t = tx.tables();
        t.ticket(e.ticket());
        t.person(e.personId());
        long id = t.nextId("time_entries");
        t.timeEntries.put(id, new Tables.EntryRow(id, e.ticket(), e.personId(), e.duration().minutes(), e.note(),
                Tables.micros(e.loggedAt())));
        return id;
    }

    @Override
    public long totalMinutes(TicketNumber ticket) {
        return tx.tables().timeEntries.values().stream().filter(r -> r.ticket().equals(ticket))
                .mapToLong(Tables.EntryRow::minutes).sum();
    }

    @Override
    public List<TimeEntry> forTicket(TicketNumber ticket) {
        Tables t = tx.tables();
        return t.timeEntries.values().stream().filter(r -> r.ticket().equals(ticket)).sorted(LOGGED)
                .map(r -> toEntry(t, r)).toList();
    }

    @Override
    public Optional<TimeEntry> latestBy(long personId) {
        Tables t = tx.tables();
        return t.timeEntries.values().stream().filter(r -> r.personId() == personId).max(LOGGED).map(r -> toEntry(t, r));
    }

    @Override
    public boolean delete(long id) {
        return tx.tables().timeEntries.remove(id) != null;
    }

    private static TimeEntry toEntry(Tables t, Tables.EntryRow r) {
        return new TimeEntry(r.id(), r.ticket(), r.personId(), t.person(r.personId()).displayName(),
                new WorkDuration(r.minutes()), r.note(), r.loggedAt());
    }
}
