package dev.ticketops.store;

import dev.ticketops.app.port.Approvals;
import dev.ticketops.app.port.Estimates;
import dev.ticketops.domain.Approval;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.Estimate;
import dev.ticketops.domain.EstimateRange;
import dev.ticketops.domain.EstimateStatus;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.TicketNumber;
import java.util.Optional;

final class MyBatisEstimates implements Estimates, Approvals {
    private final MyBatisTransactions tx;

    MyBatisEstimates(MyBatisTransactions tx) {
        this.tx = tx;
    }

    private EstimateMapper m() {
        return tx.mapper(EstimateMapper.class);
    }

    @Override
    public long insert(Estimate e) {
        GeneratedKey key = new GeneratedKey();
        m().insert(new EstimateMapper.Row(null, e.ticket().value(), e.range().lowMinutes(), e.range().highMinutes(),
                e.rate().amount(), e.rate().currency(), e.note(), e.status().name(), e.estimatedBy(),
                Utc.of(e.createdAt())), key);
        return key.value();
    }

    @Override
    public Optional<Estimate> byId(long id) {
        return Optional.ofNullable(m().byId(id)).map(MyBatisEstimates::toEstimate);
    }

    @Override
    public Optional<Estimate> current(TicketNumber ticket) {
        return Optional.ofNullable(m().current(ticket.value())).map(MyBatisEstimates::toEstimate);
    }

    @Override
    public void setStatus(long id, EstimateStatus status) {
        m().setStatus(id, status.name());
    }

    @Override
    public Optional<ApprovedMax> approvedMax(TicketNumber ticket) {
        return Optional.ofNullable(m().approvedMax(ticket.value())).map(r -> new ApprovedMax(r.estimateId(), r.minutes()));
    }

    @Override
    public void insert(Approval a) {
        m().insertApproval(new EstimateMapper.ApprovalRow(a.estimateId(), a.ticket().value(), a.decision().name(),
                a.decidedBy(), a.decidedByName(), a.platform().name(), Utc.of(a.decidedAt())));
    }

    @Override
    public Optional<Approval> forEstimate(long estimateId) {
        return Optional.ofNullable(m().approvalFor(estimateId)).map(r -> new Approval(r.estimateId(),
                TicketNumber.of(r.ticketNumber()), Decision.valueOf(r.decision()), r.decidedBy(), r.decidedByName(),
                Platform.valueOf(r.platform()), Utc.instant(r.decidedAt())));
    }

    private static Estimate toEstimate(EstimateMapper.Row r) {
        return new Estimate(r.id(), TicketNumber.of(r.ticketNumber()), new EstimateRange(r.lowMinutes(), r.highMinutes()),
                new Money(r.hourlyRate(), r.currency()), r.note(), EstimateStatus.valueOf(r.status()), r.estimatedBy(),
                Utc.instant(r.createdAt()));
    }
}
