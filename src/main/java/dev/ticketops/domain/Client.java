package dev.ticketops.domain;

/** Who the agency bills: an organisation, or an individual requester. */
public record Client(long id, String name, ClientKind kind) {
}
