package dev.ticketops.app.port;

import dev.ticketops.domain.Approval;
import java.util.Optional;

public interface Approvals {
    void insert(Approval approval);

    Optional<Approval> forEstimate(long estimateId);
}
