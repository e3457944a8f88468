package dev.ticketops.app;

import dev.ticketops.app.port.StoredTerms;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Client;
import dev.ticketops.domain.ClientTerms;
import dev.ticketops.domain.CredentialScanner;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.TicketEvent;
import dev.ticketops.domain.TicketPolicy;
import java.math.BigDecimal;

/** Staff view a client's terms, or change rate, payment term, billing contact or billing channel (audited). */
public final class ChangeTerms {
    private static final Hint USAGE = Hint.usage("Usage: ", Action.CLIENT_TERMS, "");

    /** Null fields stay as they are. */
    public record Command(Caller caller, ChannelRef channel, String client, String rate, String termDays, String contact,
                          boolean billHere) {
        boolean changesSomething() {
            return rate != null || termDays != null || contact != null || billHere;
        }
    }

    public record Terms(Client client, ClientTerms terms, boolean changed) {
    }

    private final Context ctx;

    public ChangeTerms(Context ctx) {
        this.ctx = ctx;
    }

    public Result<Terms> execute(Command c) {
        BigDecimal rate = null;
        if (c.rate() != null) {
            var parsed = Money.parse(c.rate(), ctx.billing().hourlyRate().currency());
            if (parsed instanceof Result.Refused<Money> r) {
                return Result.refused("rate: " + r.reason(), r.hint());
            }
            if (!parsed.orElseThrow().isPositive()) {
                return Result.refused("The rate must be above zero.", USAGE);
            }
            rate = parsed.orElseThrow().amount();
        }
        Integer term = null;
        if (c.termDays() != null) {
            try {
                term = Integer.parseInt(c.termDays().strip());
            } catch (NumberFormatException e) {
                term = -1;
            }
            if (term < 0 || term > 365) {
                return Result.refused("term: " + Text.quote(c.termDays()) + " is not a number of days from 0 to 365.", USAGE);
            }
        }
        if (c.contact() != null && (Text.length(c.contact()) > 200 || CredentialScanner.mentionsCredential(c.contact()))) {
            return Result.refused("That billing contact cannot be stored.", "Give a name or an e-mail address of up to 200 characters.");
        }
        BigDecimal newRate = rate;
        Integer newTerm = term;
        return ctx.tx(() -> {
            Person p = ctx.person(c.caller());
            var staff = TicketPolicy.staffOnly(p, "view or change a client's terms");
            if (staff.isPresent()) {
                return Context.refuse(staff);
            }
            var resolved = ctx.resolveClient(p, c.channel(), c.client());
            if (resolved instanceof Result.Refused<Client> r) {
                return r.as();
            }
            Client client = ctx.stores().clients().lock(resolved.orElseThrow().id()).orElseThrow();
            if (c.billHere() && !ctx.stores().channelLinks().clientOf(c.channel()).map(id -> id == client.id()).orElse(false)) {
                return Result.refused("This channel is not linked to " + client.name() + ", so it cannot be its billing channel"
                        + " (invoice links would reach other people).", Hint.run("Link it first with ", Suggestion.of(Action.LINK_CHANNEL, client.name()), "."));
            }
            if (!c.changesSomething()) {
                return Result.ok(new Terms(client, ctx.terms(client.id()), false));
            }
            ClientTerms before = ctx.terms(client.id());
            StoredTerms old = ctx.stores().clients().terms(client.id());
            StoredTerms updated = new StoredTerms(
                    newRate != null ? newRate : old.hourlyRate(),
                    newRate != null ? ctx.billing().hourlyRate().currency() : old.currency(),
                    newTerm != null ? newTerm : old.paymentTermDays(),
                    c.contact() != null ? c.contact().strip() : old.billingContact(),
                    c.billHere() ? c.channel() : old.billingChannel());
            ctx.stores().clients().updateTerms(client.id(), updated);
            ClientTerms after = ctx.terms(client.id());
            ctx.stores().events().append(new TicketEvent(null, p.id(), p.displayName(), p.platform(), "TERMS_CHANGED",
                    client.name() + ": rate " + before.rate().displayShort() + "→" + after.rate().displayShort()
                            + ", term " + before.paymentTermDays() + "→" + after.paymentTermDays() + " days"
                            + (c.contact() != null ? ", contact changed" : "") + (c.billHere() ? ", billing channel changed" : ""),
                    ctx.now()));
            return Result.ok(new Terms(client, after, true));
        });
    }
}
