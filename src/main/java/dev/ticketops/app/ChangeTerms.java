package dev.ticketops.app;

import dev.ticketops.app.port.ChannelLinks;
import dev.ticketops.app.port.Clients;
import dev.ticketops.app.port.StoredTerms;
import dev.ticketops.domain.Action;
import dev.ticketops.app.port.TicketEvents;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Amount;
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
import java.util.Optional;

/** Staff view a client's terms, or change rate, payment term, billing contact or billing channel (audited). */
public final class ChangeTerms {
    private static final Hint USAGE = Hint.usage("Usage: ", Action.CLIENT_TERMS, "");

    /** Empty (or, for the contact, null) fields stay as they are; the rate is in the agency's currency. */
    public record Command(Caller caller, ChannelRef channel, String client, Optional<Amount> rate, Optional<Integer> termDays,
                          String contact, boolean billHere) implements UseCaseCommand {
        public Command {
            rate = rate == null ? Optional.empty() : rate;
            termDays = termDays == null ? Optional.empty() : termDays;
        }

        boolean changesSomething() {
            return rate.isPresent() || termDays.isPresent() || contact != null || billHere;
        }
    }

    public record Terms(Client client, ClientTerms terms, boolean changed) {
    }

    private final Transactions transactions;
    private final TicketAccess access;
    private final ClientDirectory directory;
    private final Clients clients;
    private final ChannelLinks channelLinks;
    private final TicketEvents events;
    private final EffectiveTerms terms;
    private final AgencyCalendar calendar;

    public ChangeTerms(Transactions transactions, TicketAccess access, ClientDirectory directory, Clients clients,
                       ChannelLinks channelLinks, TicketEvents events, EffectiveTerms terms, AgencyCalendar calendar) {
        this.transactions = transactions;
        this.access = access;
        this.directory = directory;
        this.clients = clients;
        this.channelLinks = channelLinks;
        this.events = events;
        this.terms = terms;
        this.calendar = calendar;
    }

    public Result<Terms> execute(Command c) {
        BigDecimal rate = null;
        if (c.rate().isPresent()) {
            if (!c.rate().get().isPositive()) {
                return Result.refused("The rate must be above zero.", USAGE);
            }
            rate = c.rate().get().value();
        }
        Integer term = c.termDays().orElse(null);
        if (term != null && (term < 0 || term > 365)) {
            return Result.refused(termRefusal(term.toString()), USAGE);
        }
        if (c.contact() != null && (Text.length(c.contact()) > 200 || CredentialScanner.mentionsCredential(c.contact()))) {
            return Result.refused("That billing contact cannot be stored.", "Give a name or an e-mail address of up to 200 characters.");
        }
        BigDecimal newRate = rate;
        Integer newTerm = term;
        return transactions.inTransaction(() -> {
            Person p = access.person(c.caller());
            var staff = TicketPolicy.staffOnly(p, "view or change a client's terms");
            if (staff.isPresent()) {
                return staff.get().toResult();
            }
            var resolved = directory.resolve(p, c.channel(), c.client());
            if (resolved instanceof Result.Refused<Client> r) {
                return r.as();
            }
            Client client = clients.lock(resolved.orElseThrow().id()).orElseThrow();
            if (c.billHere() && !channelLinks.clientOf(c.channel()).map(id -> id == client.id()).orElse(false)) {
                return Result.refused("This channel is not linked to " + client.name() + ", so it cannot be its billing channel"
                        + " (invoice links would reach other people).", Hint.run("Link it first with ", Suggestion.of(Action.LINK_CHANNEL, client.name()), "."));
            }
            if (!c.changesSomething()) {
                return Result.ok(new Terms(client, terms.of(client.id()), false));
            }
            ClientTerms before = terms.of(client.id());
            StoredTerms old = clients.terms(client.id());
            StoredTerms updated = new StoredTerms(
                    newRate != null ? newRate : old.hourlyRate(),
                    newRate != null ? terms.agencyCurrency() : old.currency(),
                    newTerm != null ? newTerm : old.paymentTermDays(),
                    c.contact() != null ? c.contact().strip() : old.billingContact(),
                    c.billHere() ? c.channel() : old.billingChannel());
            clients.updateTerms(client.id(), updated);
            ClientTerms after = terms.of(client.id());
            events.append(new TicketEvent(null, p.id(), p.displayName(), p.platform(), "TERMS_CHANGED",
                    client.name() + ": rate " + before.rate().displayShort() + "→" + after.rate().displayShort()
                            + ", term " + before.paymentTermDays() + "→" + after.paymentTermDays() + " days"
                            + (c.contact() != null ? ", contact changed" : "") + (c.billHere() ? ", billing channel changed" : ""),
                    calendar.now()));
            return Result.ok(new Terms(client, after, true));
        });
    }

    /** A payment term outside 0-365 days, as typed: refused where it is read and where it is checked alike. */
    public static String termRefusal(String typed) {
        return "term: " + Text.quote(typed) + " is not a number of days from 0 to 365.";
    }
}
