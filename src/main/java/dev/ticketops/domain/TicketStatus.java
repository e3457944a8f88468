package dev.ticketops.domain;

/** Where a ticket is in the agency's process. */
public enum TicketStatus {
    /** Opened; waiting for review and an estimate (or marked non-billable). */
    NEW("Waiting for an estimate"),
    /** An estimate is posted; waiting for the client's written approval. */
    ESTIMATED("Waiting for the client's approval"),
    /** The client approved the estimate: work may begin. */
    APPROVED("Approved — work may begin"),
    /** The client declined the estimate; waiting for a new one. */
    DECLINED("Estimate declined — waiting for a new estimate"),
    CLOSED("Closed");

    private final String label;

    TicketStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this != CLOSED;
    }
}
