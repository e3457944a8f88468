package dev.ticketops.app.port;

import dev.ticketops.domain.Client;
import dev.ticketops.domain.ClientKind;
import java.time.Instant;
import dev.ticketops.domain.ChannelRef;
import java.util.List;
import java.util.Optional;

public interface Clients {
    long create(String name, ClientKind kind, Instant now);

    Optional<Client> byId(long id);

    /** An organisation by name, ignoring case. */
    Optional<Client> organisationNamed(String name);

    /** Every client (organisation or individual) with this name, ignoring case. */
    List<Client> named(String name);

    /** Locks the client's row until the transaction ends: billing for one client runs one at a time. */
    Optional<Client> lock(long id);

    StoredTerms terms(long clientId);

    void updateTerms(long clientId, StoredTerms terms);

    /** Sets where invoices and reminders go, unless the client already has a billing channel. */
    void setBillingChannelIfEmpty(long clientId, ChannelRef channel);
}
