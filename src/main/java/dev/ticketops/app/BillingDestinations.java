package dev.ticketops.app;

import dev.ticketops.app.port.ChannelLinks;
import dev.ticketops.app.port.Clients;
import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.People;
import dev.ticketops.domain.ClientKind;
import java.util.Optional;

/**
 * Where a client's invoices, payment notices and reminders go: its billing channel while that channel is still
 * linked to it, else another channel linked to it; an individual client gets a direct message. Never a channel
 * that belongs to someone else (or to no one): invoice links carry their access token.
 */
public final class BillingDestinations {
    private final ChannelLinks channelLinks;
    private final Clients clients;
    private final People people;
    private final EffectiveTerms terms;

    public BillingDestinations(ChannelLinks channelLinks, Clients clients, People people, EffectiveTerms terms) {
        this.channelLinks = channelLinks;
        this.clients = clients;
        this.people = people;
        this.terms = terms;
    }

    public Optional<Destination> of(long clientId) {
        var chosen = terms.of(clientId).billingChannel()
                .filter(ch -> channelLinks.clientOf(ch).map(c -> c == clientId).orElse(false));
        if (chosen.isPresent()) {
            return chosen.map(Destination::channel);
        }
        var linked = channelLinks.channelsOf(clientId);
        if (!linked.isEmpty()) {
            return Optional.of(Destination.channel(linked.get(0)));
        }
        boolean individual = clients.byId(clientId).map(c -> c.kind() == ClientKind.INDIVIDUAL).orElse(false);
        return individual ? people.firstOfClient(clientId).map(Destination::directTo) : Optional.empty();
    }
}
