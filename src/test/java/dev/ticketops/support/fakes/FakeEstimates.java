package dev.ticketops.support.fakes;

import dev.ticketops.app.port.Approvals;
import dev.ticketops.app.port.Estimates;
import dev.ticketops.domain.Approval;
import dev.ticketops.domain.Estimate;
import dev.ticketops.domain.EstimateStatus;
import dev.ticketops.domain.TicketNumber;
import java.util.Optional;

/** Estimates and the client's decisions on them, in memory, as MyBatisEstimates keeps them. */
public final class FakeEstimates implements Estimates, Approvals {
    private final InMemoryTransactions tx;

    public FakeEstimates(InMemoryTransactions tx) {
        this.tx = tx;
    }

    @Override
    public long insert(Estimate e) {
        Tables t = tx.tables();
        t.ticket(e.ticket());
        t.person(e.estimatedBy());
        long id = t.nextId("estimates");
        t.estimates.put(id, new Estimate(id, e.ticket(), e.range(), e.rate(), e.note(), e.status(), e.estimatedBy(),
                Tables.micros(e.createdAt())));
        return id;
    }

    @Override
    public Optional<Estimate> byId(long id) {
        return Optional.ofNullable(tx.tables().estimates.get(id));
    }

    @Override
    public Optional<Estimate> current(TicketNumber ticket) {
        return tx.tables().estimates.descendingMap().values().stream()
                .filter(e -> e.ticket().equals(ticket) && e.status() != EstimateStatus.SUPERSEDED).findFirst();
    }

    @Override
    public void setStatus(long id, EstimateStatus status) {
        Tables t = tx.tables();
        Estimate e = t.estimates.get(id);
        if (e != null) {
            t.estimates.put(id, new Estimate(id, e.ticket(), e.range(), e.rate(), e.note(), status, e.estimatedBy(),
                    e.createdAt()));
        }
    }

    /** The newest approved estimate's maximum plus the extra time approved on it. */
    @Override
    public Optional<ApprovedMax> approvedMax(TicketNumber ticket) {
        Tables t = tx.tables();
        return t.estimates.descendingMap().values().stream()
                .filter(e -> e.ticket().equals(ticket) && e.status() == EstimateStatus.APPROVED).findFirst()
                .map(e -> new ApprovedMax(e.id(), e.range().highMinutes() + approvedExtra(t, e.id())));
    }

    static long approvedExtra(Tables t, long estimateId) {
        return t.overruns.values().stream().filter(o -> o.estimateId() == estimateId && "APPROVED".equals(o.status()))
                .mapToLong(Tables.OverrunRow::minutes).sum();
    }

    @Override
    public void insert(Approval a) {
        Tables t = tx.tables();
        if (t.approvals.containsKey(a.estimateId())) {
            throw new Tables.DuplicateKey("approvals", a.estimateId());
        }
        if (!t.estimates.containsKey(a.estimateId())) {
            throw new Tables.ForeignKeyViolation("estimates", a.estimateId());
        }
        t.ticket(a.ticket());
        t.person(a.decidedBy());
        t.approvals.put(a.estimateId(), new Approval(a.estimateId(), a.ticket(), a.decision(), a.decidedBy(), null,
                a.platform(), Tables.micros(a.decidedAt())));
    }

    @Override
    public Optional<Approval> forEstimate(long estimateId) {
        Tables t = tx.tables();
        return Optional.ofNullable(t.approvals.get(estimateId)).map(a -> new Approval(a.estimateId(), a.ticket(),
                a.decision(), a.decidedBy(), t.person(a.decidedBy()).displayName(), a.platform(), a.decidedAt()));
    }
}
