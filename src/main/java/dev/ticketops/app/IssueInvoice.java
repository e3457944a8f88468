package dev.ticketops.app;

import dev.ticketops.app.port.BillableTicket;
import dev.ticketops.app.port.Clients;
import dev.ticketops.app.port.Invoices;
import dev.ticketops.app.port.Notice;
import dev.ticketops.domain.Action;
import dev.ticketops.app.port.Outbox;
import dev.ticketops.app.port.TicketEvents;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Client;
import dev.ticketops.domain.ClientTerms;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Invoice;
import dev.ticketops.domain.InvoiceLine;
import dev.ticketops.domain.InvoiceStatus;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.Tax;
import dev.ticketops.domain.TicketEvent;
import dev.ticketops.domain.TicketPolicy;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Staff invoice a client: every closed, billable, not yet invoiced ticket becomes one line of actual time at the
 * agreed rate, capped at what the client approved. One client is invoiced at a time (its row is locked), so two
 * invoices issued at the same moment never bill a ticket twice.
 */
public final class IssueInvoice {
    private static final SecureRandom RANDOM = new SecureRandom();

    public record Command(Caller caller, ChannelRef channel, String client) implements UseCaseCommand {
    }

    /** {@code posted}: queued for the client's channel now; {@code viaZoho}: sent to Zoho Invoice first, posted once it is there. */
    public record Issued(Invoice invoice, String url, boolean posted, boolean viaZoho) {
        public Issued(Invoice invoice, String url, boolean posted) {
            this(invoice, url, posted, false);
        }
    }

    private final Transactions transactions;
    private final TicketAccess access;
    private final ClientDirectory directory;
    private final Clients clients;
    private final Invoices invoices;
    private final TicketEvents events;
    private final EffectiveTerms terms;
    private final BillingDestinations destinations;
    private final Outbox outbox;
    private final AgencyCalendar calendar;
    private final BillingDefaults billing;
    private final java.util.Optional<dev.ticketops.app.port.ZohoSyncs> zoho;

    public IssueInvoice(Transactions transactions, TicketAccess access, ClientDirectory directory, Clients clients,
                        Invoices invoices, TicketEvents events, EffectiveTerms terms, BillingDestinations destinations,
                        Outbox outbox, AgencyCalendar calendar, BillingDefaults billing) {
        this(transactions, access, directory, clients, invoices, events, terms, destinations, outbox, calendar, billing,
                java.util.Optional.empty());
    }

    public IssueInvoice(Transactions transactions, TicketAccess access, ClientDirectory directory, Clients clients,
                        Invoices invoices, TicketEvents events, EffectiveTerms terms, BillingDestinations destinations,
                        Outbox outbox, AgencyCalendar calendar, BillingDefaults billing,
                        java.util.Optional<dev.ticketops.app.port.ZohoSyncs> zoho) {
        this.zoho = zoho;
        this.transactions = transactions;
        this.access = access;
        this.directory = directory;
        this.clients = clients;
        this.invoices = invoices;
        this.events = events;
        this.terms = terms;
        this.destinations = destinations;
        this.outbox = outbox;
        this.calendar = calendar;
        this.billing = billing;
    }

    public static String link(BillingDefaults b, Invoice i) {
        return b.publicUrl() + "/invoices/" + i.number() + "?t=" + i.accessToken();
    }

    public Result<Issued> execute(Command c) {
        return transactions.inTransaction(() -> {
            Person p = access.person(c.caller());
            var staff = TicketPolicy.staffOnly(p, "issue invoices");
            if (staff.isPresent()) {
                return staff.get().toResult();
            }
            var resolved = directory.resolve(p, c.channel(), c.client());
            if (resolved instanceof Result.Refused<Client> r) {
                return r.as();
            }
            Client client = clients.lock(resolved.orElseThrow().id()).orElseThrow();
            ClientTerms terms = this.terms.of(client.id());
            List<InvoiceLine> lines = new ArrayList<>();
            for (BillableTicket bt : invoices.billableTickets(client.id())) {
                if (bt.actualMinutes() == 0) {
                    continue;
                }
                Money rate = bt.estimateRate() != null && terms.rate().currency().equals(bt.estimateCurrency())
                        ? new Money(bt.estimateRate(), bt.estimateCurrency()) : terms.rate();
                long cap = bt.approvedMaxMinutes() < 0 ? 0 : bt.approvedMaxMinutes();
                lines.add(InvoiceLine.price(lines.size() + 1, bt.number(), bt.title(), bt.actualMinutes(), cap, rate));
            }
            if (lines.isEmpty()) {
                return Result.refused("Nothing to invoice for " + client.name() + ": no closed, billable ticket with logged time"
                        + " is waiting for an invoice.", Hint.run("Tickets are invoiced once they are closed with ",
                        Suggestion.of(Action.CLOSE_TICKET), "."));
            }
            Money subtotal = Money.zero(terms.rate().currency());
            for (InvoiceLine l : lines) {
                subtotal = subtotal.plus(l.amount());
            }
            var invoicing = billing.invoicing();
            Tax tax = invoicing.taxRate().signum() > 0 ? Tax.on(subtotal, invoicing.taxLabel(), invoicing.taxRate()) : null;
            Money total = tax == null ? subtotal : subtotal.plus(tax.amount());
            LocalDate today = calendar.today();
            Invoice draft = new Invoice(0, invoices.nextNumber(today.getYear()), client.id(), client.name(), today,
                    today.plusDays(terms.paymentTermDays()), total, Money.zero(total.currency()), InvoiceStatus.ISSUED,
                    token(), calendar.now(), lines, tax);
            long id = invoices.insert(draft, p.id());
            lines.forEach(l -> invoices.insertLine(id, l));
            Invoice invoice = new Invoice(id, draft.number(), draft.clientId(), draft.clientName(), draft.issueDate(),
                    draft.dueDate(), draft.total(), draft.paid(), draft.status(), draft.accessToken(), draft.issuedAt(), lines,
                    draft.tax());
            for (InvoiceLine l : lines) {
                events.append(new TicketEvent(l.ticket(), p.id(), p.displayName(), p.platform(), "INVOICED",
                        invoice.number() + ": " + l.amount().display(), calendar.now()));
            }
            String url = link(billing, invoice);
            if (zoho.isPresent()) {
                // Zoho Invoice sends it and its reminders; the client's channel hears of it once it is there (with its link)
                zoho.get().enqueue(dev.ticketops.app.port.ZohoSyncs.Kind.INVOICE, id, null, calendar.now());
                return Result.ok(new Issued(invoice, url, false, true));
            }
            var channel = destinations.of(client.id());
            channel.ifPresent(to -> outbox.enqueue(to, issuedNotice(invoice, url, billing, null), calendar.now()));
            return Result.ok(new Issued(invoice, url, channel.isPresent(), false));
        });
    }

    /** The client's invoice post: lines in one form, the amount due, the link, and how to pay. */
    static Notice.InvoiceIssued issuedNotice(Invoice invoice, String url, BillingDefaults billing, String zohoUrl) {
        List<String> texts = new ArrayList<>(invoice.lineTexts());
        if (invoice.tax().applies()) {
            texts.add(invoice.tax().describe() + " on " + invoice.subtotal().display() + " = " + invoice.tax().amount().display());
        }
        return new Notice.InvoiceIssued(invoice.number(), invoice.clientName(), invoice.total(), invoice.issueDate(),
                invoice.dueDate(), url, texts, billing.invoicing().paymentInstructions(), zohoUrl);
    }

    /** A new access token: 32 random bytes, URL-safe (package-private so a test can draw many). */
    static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
