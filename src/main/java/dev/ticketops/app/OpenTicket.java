package dev.ticketops.app;

import dev.ticketops.domain.Action;
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
    public record Command(Caller caller, ChannelRef channel, String title, String description, boolean urgent) {
    }

    /** @param notice set when the ticket was opened differently from what was asked (urgent without a cleared balance) */
    public record Opened(TicketDetails ticket, Set<String> redactions, String notice) {
    }

    private final Context ctx;

    public OpenTicket(Context ctx) {
        this.ctx = ctx;
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
        return ctx.tx(() -> {
            Person p = ctx.person(c.caller());
            var stores = ctx.stores();
            Long linkedClient = stores.channelLinks().clientOf(c.channel()).orElse(null);
            long clientId;
            if (linkedClient != null) {
                clientId = linkedClient;
                boolean individual = p.clientId() != null
                        && stores.clients().byId(p.clientId()).map(cl -> cl.kind() == ClientKind.INDIVIDUAL).orElse(false);
                if (!p.isStaff() && (p.clientId() == null || individual)) {
                    stores.people().setClient(p.id(), clientId, ctx.now());
                }
            } else if (p.isStaff()) {
                return Result.<Opened>refused("Staff open tickets for a client in that client's channel, and this channel is "
                                + "not linked to a client.",
                        Hint.run("Link it first with ", Suggestion.of(Action.LINK_CHANNEL), ", or ask the client to open the ticket."));
            } else if (p.clientId() != null) {
                clientId = p.clientId();
            } else {
                clientId = stores.clients().create(p.displayName(), ClientKind.INDIVIDUAL, ctx.now());
                stores.people().setClient(p.id(), clientId, ctx.now());
            }
            boolean urgent = c.urgent();
            String notice = null;
            if (urgent) {
                var unpaid = stores.invoices().unpaidForClient(clientId);
                var balance = dev.ticketops.domain.BillingPolicy.balance(unpaid, ctx.terms(clientId).rate().currency());
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
            Ticket ticket = new Ticket(stores.tickets().nextNumber(), Text.clip(t.text(), Ticket.TITLE_MAX),
                    d.text() == null ? null : Text.clip(d.text(), Ticket.DESCRIPTION_MAX), urgent, true,
                    TicketStatus.NEW, clientId, p.id(), c.channel(), ctx.now(), null, null, 0);
            stores.tickets().insert(ticket, ctx.now());
            ctx.audit(ticket, p, "OPENED", (urgent ? "urgent; " : "") + (c.urgent() && !urgent ? "urgent refused (balance); " : "")
                    + "on " + c.channel().platform().label()
                    + (kinds.isEmpty() ? "" : "; credentials redacted: " + String.join(", ", kinds)));
            return Result.ok(new Opened(ctx.details(ticket), Set.copyOf(kinds), notice));
        });
    }
}
