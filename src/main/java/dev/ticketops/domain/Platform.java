package dev.ticketops.domain;

/** The chat platforms TicketOps serves. */
public enum Platform {
    SLACK, DISCORD;

    public String label() {
        return this == SLACK ? "Slack" : "Discord";
    }
}
