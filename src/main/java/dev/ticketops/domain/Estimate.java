package dev.ticketops.domain;

import java.time.Instant;
import java.util.Objects;

/** The agency's estimate for a ticket, at the client's rate. */
public record Estimate(long id, TicketNumber ticket, EstimateRange range, Money rate, String note, EstimateStatus status,
                       long estimatedBy, Instant createdAt) {
    public Estimate {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The message a client reads, in the words of the agency's policy. */
    public String clientText() {
        return "This is a billable support request.\nEstimated time: " + range.describe() + "\nRate: "
                + rate.displayShort() + "/hour\nPlease confirm to proceed.";
    }
}
