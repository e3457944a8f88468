package dev.ticketops.app;

import dev.ticketops.domain.Action;
import dev.ticketops.app.port.ChannelLinks;
import dev.ticketops.app.port.Clients;
import dev.ticketops.app.port.Invoices;
import dev.ticketops.app.port.People;
import dev.ticketops.app.port.Tickets;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.ClientKind;
import dev.ticketops.domain.CredentialScanner;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketStatus;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Opens a ticket: the start of all work. */
public final class OpenTicket {
    public record Command(Caller caller, ChannelRef channel, String title, String description, boolean urgent) implements UseCaseCommand {
    }

    /** @param notice set when the ticket was opened differently from what was asked (urgent without a cleared balance) */
    public record Opened(TicketDetails ticket, Set<String> redactions, String notice) {
    }

    private final Transactions transactions;
    private final TicketAccess access;
    private final ChannelLinks channelLinks;
    private final Clients clients;
    private final People people;
    private final Tickets tickets;
    private final Invoices invoices;
    private final EffectiveTerms terms;
    private final TicketDetailsQuery details;
    private final Audit audit;
    private final AgencyCalendar calendar;
    private final TicketThreadNotices threads;

    public OpenTicket(Transactions transactions, TicketAccess access, ChannelLinks channelLinks, Clients clients,
                      People people, Tickets tickets, Invoices invoices, EffectiveTerms terms, TicketDetailsQuery details,
                      Audit audit, AgencyCalendar calendar,
            TicketThreadNotices threads) {
        this.transactions = transactions;
        this.access = access;
        this.channelLinks = channelLinks;
        this.clients = clients;
        this.people = people;
        this.tickets = tickets;
        this.invoices = invoices;
        this.terms = terms;
        this.details = details;
        this.audit = audit;
        this.calendar = calendar;
        this.threads = threads;
    }

    /** Which input a validation problem is about, so a form can show it beside the right field. */
    public enum Field { TITLE, DESCRIPTION }

    public record Invalid(Field field, String reason, Hint hint) {
    }

    /** Checks title and description as the person wrote them. */
    public static Optional<Invalid> validate(String title, String description) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            return Optional.of(new Invalid(Field.TITLE, "A ticket needs a title.",
                    Hint.run("Write it like: ", Suggestion.of(Action.OPEN_TICKET, "Checkout bug fix | what happens and since when"), "")));
        }
        if (Text.length(t) > Ticket.TITLE_MAX) {
            return Optional.of(new Invalid(Field.TITLE, "The title is " + Text.length(t) + " characters; the limit is "
                    + Ticket.TITLE_MAX + ".", Hint.say("Keep the title short and put the details in the description.")));
        }
        if (description != null && Text.length(description.strip()) > Ticket.DESCRIPTION_MAX) {
            return Optional.of(new Invalid(Field.DESCRIPTION, "The description is " + Text.length(description.strip())
                    + " characters; the limit is " + Ticket.DESCRIPTION_MAX + ".",
                    Hint.say("Shorten it, or add the rest to the ticket thread later.")));
        }
        return Optional.empty();
    }

    public Result<Opened> execute(Command c) {
        String title = c.title() == null ? "" : c.title().strip();
        String description = Text.isBlank(c.description()) ? null : c.description().strip();
        var invalid = validate(title, description);
        if (invalid.isPresent()) {
            return Result.refused(invalid.get().reason(), invalid.get().hint());
        }
        return transactions.inTransaction(() -> {
            Person p = access.person(c.caller());
            Long linkedClient = channelLinks.clientOf(c.channel()).orElse(null);
            long clientId;
            if (linkedClient != null) {
                clientId = linkedClient;
                boolean individual = p.clientId() != null
                        && clients.byId(p.clientId()).map(cl -> cl.kind() == ClientKind.INDIVIDUAL).orElse(false);
                if (!p.isStaff() && (p.clientId() == null || individual)) {
                    people.setClient(p.id(), clientId, calendar.now());
                }
            } else if (p.isStaff()) {
                return Result.<Opened>refused("Staff open tickets for a client in that client's channel, and this channel is "
                                + "not linked to a client.",
                        Hint.run("Link it first with ", Suggestion.of(Action.LINK_CHANNEL), ", or ask the client to open the ticket."));
            } else if (p.clientId() != null) {
                clientId = p.clientId();
            } else {
                clientId = clients.create(p.displayName(), ClientKind.INDIVIDUAL, calendar.now());
                people.setClient(p.id(), clientId, calendar.now());
            }
            boolean urgent = c.urgent();
            String notice = null;
            if (urgent) {
                var unpaid = invoices.unpaidForClient(clientId);
                var balance = dev.ticketops.domain.BillingPolicy.balance(unpaid, terms.of(clientId).rate().currency());
                if (balance.isPositive()) {
                    urgent = false;
                    notice = "Urgent requests need a cleared balance, and " + balance.display() + " is outstanding ("
                            + unpaid.stream().map(i -> i.number().toString()).collect(java.util.stream.Collectors.joining(", "))
                            + "), so this ticket was opened as non-urgent. Once the balance is paid, ask staff to treat it as urgent.";
                }
            }
            var t = CredentialScanner.redact(title);
            var d = CredentialScanner.redact(description);
            Set<String> kinds = new LinkedHashSet<>(t.kinds());
            kinds.addAll(d.kinds());
            Ticket ticket = new Ticket(tickets.nextNumber(), Text.clip(t.text(), Ticket.TITLE_MAX),
                    d.text() == null ? null : Text.clip(d.text(), Ticket.DESCRIPTION_MAX), urgent, true,
                    TicketStatus.NEW, clientId, p.id(), c.channel(), calendar.now(), null, null, 0);
            tickets.insert(ticket, calendar.now());
            threads.opened(ticket);
            audit.record(ticket, p, "OPENED", (urgent ? "urgent; " : "") + (c.urgent() && !urgent ? "urgent refused (balance); " : "")
                    + "on " + c.channel().platform().label()
                    + (kinds.isEmpty() ? "" : "; credentials redacted: " + String.join(", ", kinds)));
            return Result.ok(new Opened(details.of(ticket), Set.copyOf(kinds), notice));
        });
    }
}
