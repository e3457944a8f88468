package dev.ticketops.app;

import dev.ticketops.app.port.ChannelLinks;
import dev.ticketops.app.port.Clients;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Client;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.Text;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Which client a billing command is about. */
public final class ClientDirectory {
    private static final Pattern ID = Pattern.compile("(?i)id:(\\d{1,15})");

    private final Clients clients;
    private final ChannelLinks channelLinks;

    public ClientDirectory(Clients clients, ChannelLinks channelLinks) {
        this.clients = clients;
        this.channelLinks = channelLinks;
    }

    /**
     * The client a billing command is about: {@code ref} is a client's name or {@code id:<n>}; without it, the client
     * this channel is linked to, or the asker's own client. Client people only ever get their own client.
     */
    public Result<Client> resolve(Person p, ChannelRef channel, String ref) {
        if (!p.isStaff()) {
            if (p.clientId() == null) {
                return Result.refused("You have no invoices yet.", Hint.run("Invoices follow closed tickets; open one with ", Suggestion.of(Action.OPEN_TICKET), "."));
            }
            return Result.ok(clients.byId(p.clientId()).orElseThrow());
        }
        String r = ref == null ? "" : ref.strip();
        if (r.isEmpty()) {
            Optional<Long> linked = channel == null ? Optional.empty() : channelLinks.clientOf(channel);
            if (linked.isPresent()) {
                return Result.ok(clients.byId(linked.get()).orElseThrow());
            }
            return Result.refused("Which client? This channel is not linked to one.",
                    Hint.run("Name the client, e.g. ", Suggestion.of(Action.ISSUE_INVOICE, "Acme Corp"),
                            ", or use it in the client's linked channel."));
        }
        var id = ID.matcher(r);
        if (id.matches()) {
            return clients.byId(Long.parseLong(id.group(1))).<Result<Client>>map(Result::ok)
                    .orElseGet(() -> Result.refused("There is no client " + r + ".", Hint.run("See the clients with ", Suggestion.of(Action.LIST_INVOICES), ".")));
        }
        List<Client> found = clients.named(r);
        if (found.isEmpty()) {
            return Result.refused("There is no client named " + Text.quote(r) + ".",
                    Hint.run("Check the spelling, or link a channel to it with ", Suggestion.of(Action.LINK_CHANNEL), "."));
        }
        if (found.size() > 1) {
            return Result.refused("Several clients are named “" + r + "”: " + found.stream()
                            .map(c -> "id:" + c.id() + " (" + c.kind().name().toLowerCase() + ")").collect(Collectors.joining(", ")) + ".",
                    "Name one by its id, e.g. id:" + found.get(0).id() + ".");
        }
        return Result.ok(found.get(0));
    }
}
