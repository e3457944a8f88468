package dev.ticketops.domain;

/**
 * Where a ticket stands for the people who look at it on the portal: the client's word for it, and the staff board's
 * column. Derived from the status, whether it is billable, the time logged and whether an invoice billed it.
 */
public enum TicketStage {
    /** Needs staff's billable decision and an estimate (also after the client declined one). */
    NEEDS_ESTIMATE("Waiting for an estimate", "New — needs billable decision and estimate"),
    WAITING_FOR_APPROVAL("Waiting for your approval", "Waiting for approval"),
    APPROVED_UNSTARTED("Approved — work starts soon", "Approved, not started"),
    IN_PROGRESS("In progress", "In progress"),
    CLOSED_NOT_INVOICED("Closed", "Closed, not invoiced"),
    CLOSED("Closed", "Closed"),
    INVOICED("Invoiced", "Invoiced");

    private final String clientLabel;
    private final String boardLabel;

    TicketStage(String clientLabel, String boardLabel) {
        this.clientLabel = clientLabel;
        this.boardLabel = boardLabel;
    }

    public String clientLabel() {
        return clientLabel;
    }

    public String boardLabel() {
        return boardLabel;
    }

    /** Whether the staff board shows tickets at this stage (open work, and billable work still to invoice). */
    public boolean onBoard() {
        return this != CLOSED && this != INVOICED;
    }

    public static TicketStage of(TicketStatus status, boolean billable, long loggedMinutes, boolean invoiced) {
        if (invoiced) {
            return INVOICED;
        }
        if (status == TicketStatus.CLOSED) {
            return billable ? CLOSED_NOT_INVOICED : CLOSED;
        }
        boolean mayWork = status == TicketStatus.APPROVED || !billable;
        if (mayWork) {
            return loggedMinutes > 0 ? IN_PROGRESS : APPROVED_UNSTARTED;
        }
        return status == TicketStatus.ESTIMATED ? WAITING_FOR_APPROVAL : NEEDS_ESTIMATE;
    }
}
