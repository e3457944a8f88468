package dev.ticketops.app.port;

import dev.ticketops.domain.Estimate;
import dev.ticketops.domain.EstimateStatus;
import dev.ticketops.domain.TicketNumber;
import java.util.Optional;

public interface Estimates {
    /** Stores the estimate and returns its id. */
    long insert(Estimate estimate);

    Optional<Estimate> byId(long id);

    /** The ticket's newest estimate that is not superseded. */
    Optional<Estimate> current(TicketNumber ticket);

    void setStatus(long id, EstimateStatus status);

    /** The approved estimate's maximum plus approved extra time, in minutes, with the estimate's id. */
    record ApprovedMax(long estimateId, long minutes) {
    }

    Optional<ApprovedMax> approvedMax(TicketNumber ticket);
}
