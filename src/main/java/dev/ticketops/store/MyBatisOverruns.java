package dev.ticketops.store;

import dev.ticketops.app.port.Overruns;
import dev.ticketops.domain.TicketNumber;
import java.time.Instant;
import java.util.Optional;

final class MyBatisOverruns implements Overruns {
    private final MyBatisTransactions tx;

    MyBatisOverruns(MyBatisTransactions tx) {
        this.tx = tx;
    }

    private OverrunMapper m() {
        return tx.mapper(OverrunMapper.class);
    }

    @Override
    public Optional<Request> pending(TicketNumber ticket) {
        return Optional.ofNullable(m().pending(ticket.value())).map(MyBatisOverruns::toRequest);
    }

    @Override
    public long request(TicketNumber ticket, long estimateId, int minutes, Instant at) {
        GeneratedKey key = new GeneratedKey();
        m().insert(ticket.value(), estimateId, minutes, Utc.of(at), key);
        return key.value();
    }

    @Override
    public Optional<Request> lock(long id) {
        return Optional.ofNullable(m().lock(id)).map(MyBatisOverruns::toRequest);
    }

    @Override
    public void updatePending(long id, int minutes) {
        m().updatePending(id, minutes);
    }

    @Override
    public void decide(long id, String status, long decidedBy, Instant at) {
        m().decide(id, status, decidedBy, Utc.of(at));
    }

    @Override
    public boolean overridden(TicketNumber ticket) {
        return m().overridden(ticket.value()) != null;
    }

    @Override
    public void override(TicketNumber ticket, String reason, long grantedBy, Instant at) {
        m().override(ticket.value(), reason, grantedBy, Utc.of(at));
    }

    private static Request toRequest(OverrunMapper.Row r) {
        return new Request(r.id(), TicketNumber.of(r.ticketNumber()), r.estimateId(), r.minutes(), r.status(),
                Utc.instant(r.requestedAt()));
    }
}
