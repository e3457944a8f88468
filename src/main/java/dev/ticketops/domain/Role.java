package dev.ticketops.domain;

/** What a person may do: staff run the agency's side of the process, everyone else is a client person. */
public enum Role {
    STAFF, CLIENT
}
