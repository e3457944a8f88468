package dev.ticketops.support.fakes;

import dev.ticketops.app.port.Overruns;
import dev.ticketops.domain.TicketNumber;
import java.time.Instant;
import java.util.Optional;

/** Extra-time requests and overdue overrides in memory, as MyBatisOverruns keeps them. */
public final class FakeOverruns implements Overruns {
    private final InMemoryTransactions tx;

    public FakeOverruns(InMemoryTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Request> pending(TicketNumber ticket) {
        return tx.tables().overruns.descendingMap().values().stream()
                .filter(o -> o.ticket().equals(ticket) && "PENDING".equals(o.status())).findFirst()
                .map(FakeOverruns::toRequest);
    }

    @Override
    public long request(TicketNumber ticket, long estimateId, int minutes, Instant at) {
        Tables t = tx.tables();
        t.ticket(ticket);
        if (!t.estimates.containsKey(estimateId)) {
            throw new Tables.ForeignKeyViolation("estimates", estimateId);
        }
        long id = t.nextId("overrun_requests");
        t.overruns.put(id, new Tables.OverrunRow(id, ticket, estimateId, minutes, "PENDING", Tables.micros(at), null, null));
        return id;
    }

    @Override
    public Optional<Request> lock(long id) {
        return Optional.ofNullable(tx.tables().overruns.get(id)).map(FakeOverruns::toRequest);
    }

    @Override
    public void updatePending(long id, int minutes) {
        tx.tables().overruns.computeIfPresent(id, (k, o) -> !"PENDING".equals(o.status()) ? o
                : new Tables.OverrunRow(o.id(), o.ticket(), o.estimateId(), minutes, o.status(), o.requestedAt(), null, null));
    }

    @Override
    public void decide(long id, String status, long decidedBy, Instant at) {
        Tables t = tx.tables();
        Tables.OverrunRow o = t.overruns.get(id);
        if (o != null && "PENDING".equals(o.status())) {
            t.person(decidedBy);
            t.overruns.put(id, new Tables.OverrunRow(o.id(), o.ticket(), o.estimateId(), o.minutes(), status,
                    o.requestedAt(), decidedBy, Tables.micros(at)));
        }
    }

    @Override
    public boolean overridden(TicketNumber ticket) {
        return tx.tables().overrides.containsKey(ticket.value());
    }

    @Override
    public void override(TicketNumber ticket, String reason, long grantedBy, Instant at) {
        Tables t = tx.tables();
        t.ticket(ticket);
        t.person(grantedBy);
        t.overrides.put(ticket.value(), new Tables.OverrideRow(reason, grantedBy, Tables.micros(at)));
    }

    private static Request toRequest(Tables.OverrunRow o) {
        return new Request(o.id(), o.ticket(), o.estimateId(), o.minutes(), o.status(), o.requestedAt());
    }
}
