package dev.ticketops.app;

import dev.ticketops.domain.Action;
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
    public record Command(Caller caller, ChannelRef channel, String clientName) {
    }

    public record Linked(Client client, boolean created) {
    }

    private final Context ctx;

    public LinkChannel(Context ctx) {
        this.ctx = ctx;
    }

    public Result<Linked> execute(Command c) {
        String name = c.clientName() == null ? "" : c.clientName().strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || Text.length(name) > 200) {
            return Result.refused("A client name of 1-200 characters is needed.", Hint.usage("Usage: ", Action.LINK_CHANNEL, ""));
        }
        if (CredentialScanner.mentionsCredential(name)) {
            return Result.refused("That name looks like it contains a credential.", "Use the organisation's plain name.");
        }
        return ctx.tx(() -> {
            Person p = ctx.person(c.caller());
            var staff = TicketPolicy.staffOnly(p, "link a channel to a client");
            if (staff.isPresent()) {
                return Context.refuse(staff);
            }
            var clients = ctx.stores().clients();
            var existing = clients.organisationNamed(name);
            Client client = existing.orElseGet(() -> clients.byId(clients.create(name, ClientKind.ORGANISATION, ctx.now())).orElseThrow());
            ctx.stores().channelLinks().link(c.channel(), client.id(), p.id(), ctx.now());
            ctx.stores().clients().setBillingChannelIfEmpty(client.id(), c.channel());
            ctx.stores().events().append(new TicketEvent(null, p.id(), p.displayName(), p.platform(), "CHANNEL_LINKED",
                    c.channel().platform().label() + " channel " + c.channel().channelId() + " → " + client.name(), ctx.now()));
            return Result.ok(new Linked(client, existing.isEmpty()));
        });
    }
}
