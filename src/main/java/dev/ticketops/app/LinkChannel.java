package dev.ticketops.app;

import dev.ticketops.domain.Action;
import dev.ticketops.app.port.ChannelLinks;
import dev.ticketops.app.port.Clients;
import dev.ticketops.app.port.TicketEvents;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Client;
import dev.ticketops.domain.ClientKind;
import dev.ticketops.domain.CredentialScanner;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.TicketEvent;
import dev.ticketops.domain.TicketPolicy;

/** Staff link a chat channel to a client organisation: tickets opened there belong to that client. */
public final class LinkChannel {
    public record Command(Caller caller, ChannelRef channel, String clientName) implements UseCaseCommand {
    }

    public record Linked(Client client, boolean created) {
    }

    private final Transactions transactions;
    private final TicketAccess access;
    private final Clients clients;
    private final ChannelLinks channelLinks;
    private final TicketEvents events;
    private final AgencyCalendar calendar;

    public LinkChannel(Transactions transactions, TicketAccess access, Clients clients, ChannelLinks channelLinks,
                       TicketEvents events, AgencyCalendar calendar) {
        this.transactions = transactions;
        this.access = access;
        this.clients = clients;
        this.channelLinks = channelLinks;
        this.events = events;
        this.calendar = calendar;
    }

    public Result<Linked> execute(Command c) {
        String name = c.clientName() == null ? "" : c.clientName().strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || Text.length(name) > 200) {
            return Result.refused("A client name of 1-200 characters is needed.", Hint.usage("Usage: ", Action.LINK_CHANNEL, ""));
        }
        if (CredentialScanner.mentionsCredential(name)) {
            return Result.refused("That name looks like it contains a credential.", "Use the organisation's plain name.");
        }
        return transactions.inTransaction(() -> {
            Person p = access.person(c.caller());
            var staff = TicketPolicy.staffOnly(p, "link a channel to a client");
            if (staff.isPresent()) {
                return staff.get().toResult();
            }
            var existing = clients.organisationNamed(name);
            Client client = existing.orElseGet(() -> clients.byId(clients.create(name, ClientKind.ORGANISATION, calendar.now())).orElseThrow());
            channelLinks.link(c.channel(), client.id(), p.id(), calendar.now());
            clients.setBillingChannelIfEmpty(client.id(), c.channel());
            events.append(new TicketEvent(null, p.id(), p.displayName(), p.platform(), "CHANNEL_LINKED",
                    c.channel().platform().label() + " channel " + c.channel().channelId() + " → " + client.name(), calendar.now()));
            return Result.ok(new Linked(client, existing.isEmpty()));
        });
    }
}
