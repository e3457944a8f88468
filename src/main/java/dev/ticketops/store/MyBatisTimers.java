package dev.ticketops.store;

import dev.ticketops.app.port.Timers;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Role;
import dev.ticketops.domain.RunningTimer;
import dev.ticketops.domain.TicketNumber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

final class MyBatisTimers implements Timers {
    private final MyBatisTransactions tx;

    MyBatisTimers(MyBatisTransactions tx) {
        this.tx = tx;
    }

    private TimerMapper m() {
        return tx.mapper(TimerMapper.class);
    }

    @Override
    public Optional<RunningTimer> lockOf(long personId) {
        return Optional.ofNullable(m().lockOf(personId)).map(MyBatisTimers::toTimer);
    }

    @Override
    public void start(long personId, TicketNumber ticket, String note, Instant at) {
        m().insert(personId, ticket.value(), note, Utc.of(at));
    }

    @Override
    public boolean remove(long personId) {
        return m().delete(personId) > 0;
    }

    @Override
    public List<RunningTimer> running(int limit) {
        return m().running(limit).stream().map(MyBatisTimers::toTimer).toList();
    }

    @Override
    public List<RunningTimer> onTicket(TicketNumber ticket) {
        return m().onTicket(ticket.value()).stream().map(MyBatisTimers::toTimer).toList();
    }

    @Override
    public List<RunningTimer> unwarnedSince(Instant cutoff, int limit) {
        return m().unwarnedSince(Utc.of(cutoff), limit).stream().map(MyBatisTimers::toTimer).toList();
    }

    @Override
    public boolean markWarned(long personId, Instant startedAt, Instant at) {
        return m().markWarned(personId, Utc.of(startedAt), Utc.of(at)) > 0;
    }

    private static RunningTimer toTimer(TimerMapper.Row r) {
        Person p = new Person(r.personId(), Platform.valueOf(r.platform()), r.workspaceId(), r.userId(), r.displayName(),
                Role.valueOf(r.role()), r.clientId());
        return new RunningTimer(p, TicketNumber.of(r.ticketNumber()), r.note(), Utc.instant(r.startedAt()),
                r.warnedAt() == null ? null : Utc.instant(r.warnedAt()));
    }
}
