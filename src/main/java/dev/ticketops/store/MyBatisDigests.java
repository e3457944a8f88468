package dev.ticketops.store;

import dev.ticketops.app.port.DigestQueries;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.TicketNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

final class MyBatisDigests implements DigestQueries {
    private final MyBatisTransactions tx;

    MyBatisDigests(MyBatisTransactions tx) {
        this.tx = tx;
    }

    private DigestMapper m() {
        return tx.mapper(DigestMapper.class);
    }

    private static List<Line> lines(List<DigestMapper.LineRow> rows) {
        return rows.stream().map(r -> new Line(TicketNumber.of(r.number()), r.title(), r.client(), Utc.instant(r.since()),
                r.minutes())).toList();
    }

    @Override
    public Page opened(Instant from, Instant to, Long client, int limit) {
        return new Page(lines(m().opened(Utc.of(from), Utc.of(to), client, limit)), m().countOpened(Utc.of(from), Utc.of(to), client));
    }

    @Override
    public Page waitingForEstimate(Long client, int limit) {
        return new Page(lines(m().waitingForEstimate(client, limit)), m().countWaitingForEstimate(client));
    }

    @Override
    public Page waitingForApproval(Long client, int limit) {
        return new Page(lines(m().waitingForApproval(client, limit)), m().countWaitingForApproval(client));
    }

    @Override
    public Page approvedWithoutTime(Long client, int limit) {
        return new Page(lines(m().approvedWithoutTime(client, limit)), m().countApprovedWithoutTime(client));
    }

    @Override
    public Page timeByTicket(Instant from, Instant to, Long client, int limit) {
        return new Page(lines(m().timeByTicket(Utc.of(from), Utc.of(to), client, limit)),
                m().countTimeByTicket(Utc.of(from), Utc.of(to), client));
    }

    @Override
    public List<PersonTime> timeByPerson(Instant from, Instant to) {
        return m().timeByPerson(Utc.of(from), Utc.of(to)).stream().map(r -> new PersonTime(r.person(), r.minutes())).toList();
    }

    @Override
    public Page closed(Instant from, Instant to, Long client, int limit) {
        return new Page(lines(m().closed(Utc.of(from), Utc.of(to), client, limit)), m().countClosed(Utc.of(from), Utc.of(to), client));
    }

    @Override
    public List<ClientChannel> clientChannels() {
        return m().clientChannels().stream().map(r -> new ClientChannel(r.clientId(), r.clientName(),
                new ChannelRef(Platform.valueOf(r.platform()), r.workspaceId(), r.channelId()))).toList();
    }

    @Override
    public boolean claim(String destination, LocalDate day, Instant at) {
        return m().claim(destination, day, Utc.of(at)) == 1;
    }

    @Override
    public Optional<Instant> lastSent(String destination, Instant before) {
        return Optional.ofNullable(m().lastSent(destination, Utc.of(before))).map(Utc::instant);
    }
}
