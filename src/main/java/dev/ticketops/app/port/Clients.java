package dev.ticketops.app.port;

import dev.ticketops.domain.Client;
import dev.ticketops.domain.ClientKind;
import java.time.Instant;
import java.util.Optional;

public interface Clients {
    long create(String name, ClientKind kind, Instant now);

    Optional<Client> byId(long id);

    /** An organisation by name, ignoring case. */
    Optional<Client> organisationNamed(String name);
}
