package dev.ticketops.store;

import dev.ticketops.app.port.Followups;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketStatus;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

final class MyBatisFollowups implements Followups {
    private final MyBatisTransactions tx;

    MyBatisFollowups(MyBatisTransactions tx) {
        this.tx = tx;
    }

    private FollowupMapper m() {
        return tx.mapper(FollowupMapper.class);
    }

    @Override
    public Optional<Clocked> clocked(TicketNumber ticket) {
        return Optional.ofNullable(m().clocked(ticket.value())).map(MyBatisFollowups::toClocked);
    }

    @Override
    public List<Clocked> openedSince(Instant from, int limit) {
        return m().openedSince(Utc.of(from), limit).stream().map(MyBatisFollowups::toClocked).toList();
    }

    @Override
    public boolean claimAlert(TicketNumber ticket, String kind, Instant at) {
        return m().claimAlert(ticket.value(), kind, Utc.of(at)) > 0;
    }

    @Override
    public List<Waiting> waitingForApproval(Instant before, int limit) {
        return m().waitingForApproval(Utc.of(before), limit).stream()
                .map(r -> new Waiting(TicketNumber.of(r.number()), r.title(),
                        new ChannelRef(Platform.valueOf(r.originPlatform()), r.originWorkspace(), r.originChannel()),
                        Utc.instant(r.lastActivity()), at(r.lastReminder()), r.unbilledMinutes()))
                .toList();
    }

    @Override
    public long eventsBetween(String kind, Instant from, Instant to) {
        return m().eventsBetween(kind, Utc.of(from), Utc.of(to));
    }

    @Override
    public boolean rate(TicketNumber ticket, long personId, boolean good, String comment, Instant at) {
        return m().rate(ticket.value(), personId, good, comment, Utc.of(at)) > 0;
    }

    @Override
    public Satisfaction satisfaction(Instant from, Instant to) {
        return new Satisfaction(m().ratings(true, Utc.of(from), Utc.of(to)), m().ratings(false, Utc.of(from), Utc.of(to)));
    }

    private static Instant at(LocalDateTime t) {
        return t == null ? null : Utc.instant(t);
    }

    private static Clocked toClocked(FollowupMapper.ClockedRow r) {
        return new Clocked(TicketNumber.of(r.number()), r.title(), r.client(), r.urgent(), r.billable(),
                TicketStatus.valueOf(r.status()),
                new ChannelRef(Platform.valueOf(r.originPlatform()), r.originWorkspace(), r.originChannel()),
                Utc.instant(r.openedAt()), at(r.firstResponseAt()), at(r.estimateAt()));
    }
}
