package dev.ticketops.domain;

public enum ClientKind {
    /** An organisation linked to one or more chat channels. */
    ORGANISATION,
    /** A requester who belongs to no organisation and is their own client. */
    INDIVIDUAL
}
