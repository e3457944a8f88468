package dev.ticketops.app;

import dev.ticketops.app.port.DeliveryException;
import dev.ticketops.app.port.Invoices;
import dev.ticketops.app.port.Outbox;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.app.port.ZohoInvoicing;
import dev.ticketops.app.port.ZohoSyncs;
import dev.ticketops.domain.Invoice;
import dev.ticketops.domain.InvoiceLine;
import dev.ticketops.domain.Payment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends Zoho Invoice what is waiting for it, one piece of work at a time, outside any transaction while Zoho answers:
 * an invoice (the client found or created as a contact, the invoice created with our number as its reference — found
 * first, so a retry after a lost answer creates no second one — and marked sent, then the client's post with its Zoho
 * link), or a payment recorded here (found first by the mark in its description). A failure is tried again later with
 * a growing wait (at least what a 429 asked for); a refusal, or {@value #MAX_ATTEMPTS} failures, gives up — then an
 * invoice is posted to the client without its Zoho link, so nothing is lost.
 */
public final class SyncToZoho {
    static final int MAX_ATTEMPTS = 12;
    static final Duration LEASE = Duration.ofMinutes(5);
    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final Duration MAX_WAIT = Duration.ofHours(1);

    private final Transactions tx;
    private final Invoices invoices;
    private final ZohoSyncs syncs;
    private final ZohoInvoicing zoho;
    private final EffectiveTerms terms;
    private final BillingDestinations destinations;
    private final Outbox outbox;
    private final AgencyCalendar calendar;
    private final BillingDefaults billing;

    SyncToZoho(Transactions tx, Invoices invoices, ZohoSyncs syncs, ZohoInvoicing zoho, EffectiveTerms terms,
               BillingDestinations destinations, Outbox outbox, AgencyCalendar calendar, BillingDefaults billing) {
        this.tx = tx;
        this.invoices = invoices;
        this.syncs = syncs;
        this.zoho = zoho;
        this.terms = terms;
        this.destinations = destinations;
        this.outbox = outbox;
        this.calendar = calendar;
        this.billing = billing;
    }

    /** Runs the due work; returns how many pieces reached Zoho. */
    public int execute() {
        Instant now = calendar.now();
        List<ZohoSyncs.Job> jobs = tx.inTransaction(() -> syncs.claimDue(now, now.plus(LEASE), 20));
        int done = 0;
        for (ZohoSyncs.Job job : jobs) {
            try {
                if (job.kind() == ZohoSyncs.Kind.INVOICE) {
                    invoice(job);
                } else {
                    payment(job);
                }
                done++;
            } catch (DeliveryException e) {
                failed(job, e);
            } catch (RuntimeException e) {
                // a bug or the database: the work stays queued and is tried again
                failed(job, new DeliveryException(e.toString(), true, null, e));
            }
        }
        return done;
    }

    private void invoice(ZohoSyncs.Job job) throws DeliveryException {
        Invoice inv = tx.inTransaction(() -> invoices.byNumber(job.number()).orElseThrow());
        var known = tx.inTransaction(() -> syncs.contactOf(inv.clientId()));
        String contact = known.isPresent() ? known.get() : contact(inv);
        Optional<ZohoSyncs.Link> linked = tx.inTransaction(() -> syncs.linkOf(inv.id()));
        ZohoSyncs.Link link;
        if (linked.isPresent()) {
            link = linked.get();
        } else {
            var created = zoho.findInvoice(inv.number().toString()).orElse(null);
            if (created == null) {
                created = zoho.createInvoice(draft(inv, contact));
            }
            if (created.total() != null && created.total().compareTo(inv.total().amount()) != 0) {
                throw DeliveryException.permanent("Zoho's total for " + inv.number() + " is " + created.total() + ", ours "
                        + inv.total().amount() + ": check the invoice in Zoho (a tax or discount there?)");
            }
            ZohoSyncs.Link l = new ZohoSyncs.Link(created.id(), created.number(), created.url());
            tx.inTransaction(() -> {
                syncs.linkInvoice(inv.id(), l);
                return null;
            });
            link = l;
        }
        zoho.markSent(link.zohoInvoiceId());
        tx.inTransaction(() -> {
            syncs.done(job.id(), calendar.now());
            post(inv, link.url());
            return null;
        });
    }

    private String contact(Invoice inv) throws DeliveryException {
        var found = zoho.findContact(inv.clientName());
        String id;
        if (found.isPresent()) {
            id = found.get().id();
        } else {
            String email = tx.inTransaction(() -> terms.of(inv.clientId()).billingContact())
                    .filter(c -> c.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")).orElse(null);
            id = zoho.createContact(inv.clientName(), email).id();
        }
        tx.inTransaction(() -> {
            syncs.linkContact(inv.clientId(), id);
            return null;
        });
        return id;
    }

    /** One item per ticket whose quantity × rate is the line's amount, so Zoho's total is ours to the cent. */
    ZohoInvoicing.InvoiceDraft draft(Invoice inv, String contact) {
        var form = inv.lineForm();
        List<ZohoInvoicing.LineItem> items = new ArrayList<>();
        for (InvoiceLine l : inv.lines()) {
            var priced = l.unitPricing();
            items.add(new ZohoInvoicing.LineItem(l.item(), l.arithmetic(form)
                    + (l.unapprovedMinutes() > 0 ? " (" + l.unapprovedNote() + ")" : ""), priced.quantity(), priced.unit(),
                    priced.price()));
        }
        if (inv.tax().applies()) {
            items.add(new ZohoInvoicing.LineItem(inv.tax().describe(), inv.tax().describe() + " on " + inv.subtotal().display(),
                    java.math.BigDecimal.ONE.setScale(2), "", inv.tax().amount().amount()));
        }
        return new ZohoInvoicing.InvoiceDraft(contact, inv.number().toString(), inv.issueDate(), inv.dueDate(), inv.termDays(),
                inv.currency(), items, billing.invoicing().paymentInstructions());
    }

    private void payment(ZohoSyncs.Job job) throws DeliveryException {
        record Found(Optional<Payment> payment, Optional<ZohoSyncs.Link> link, boolean invoicePending, Optional<String> contact) {
        }
        Found f = tx.inTransaction(() -> {
            Invoice inv = invoices.byNumber(job.number()).orElseThrow();
            return new Found(invoices.payments(job.invoiceId()).stream().filter(p -> p.id() == job.paymentId()).findFirst(),
                    syncs.linkOf(job.invoiceId()), syncs.waiting(job.invoiceId()).isPresent(), syncs.contactOf(inv.clientId()));
        });
        Payment p = f.payment().orElse(null);
        if (p == null || p.zohoPaymentId() != null || f.link().isEmpty() && !f.invoicePending()) {
            // gone, already in Zoho, or its invoice never went there: nothing to send
            finish(job);
            return;
        }
        if (f.link().isEmpty()) {
            throw DeliveryException.retryable("invoice " + job.number() + " is not in Zoho yet", null);
        }
        String marker = RecordZohoPayment.MARKER + p.id();
        String zohoInvoice = f.link().get().zohoInvoiceId();
        String zohoId = null;
        for (var z : zoho.payments(zohoInvoice)) {
            if (z.description() != null && RecordZohoPayment.ourPayment(z.description()).filter(id -> id == p.id()).isPresent()) {
                zohoId = z.paymentId();
            }
        }
        if (zohoId == null) {
            zohoId = zoho.createPayment(new ZohoInvoicing.PaymentDraft(f.contact().orElseThrow(), zohoInvoice,
                    p.amount().amount(), p.paidOn(), p.method().label(), p.reference(), marker + " (" + p.method().label() + ")"));
        }
        String id = zohoId;
        tx.inTransaction(() -> {
            syncs.linkPayment(p.id(), id);
            syncs.done(job.id(), calendar.now());
            return null;
        });
    }

    private void finish(ZohoSyncs.Job job) {
        tx.inTransaction(() -> {
            syncs.done(job.id(), calendar.now());
            return null;
        });
    }

    private void failed(ZohoSyncs.Job job, DeliveryException e) {
        boolean giveUp = !e.retryable() || job.attempts() >= MAX_ATTEMPTS;
        long backoff = Math.min(FIRST_WAIT.toMillis() << Math.min(job.attempts() - 1, 10), MAX_WAIT.toMillis());
        long wait = Math.max(backoff, e.retryAfter().map(Duration::toMillis).orElse(0L));
        String reason = (giveUp ? "gave up after " + job.attempts() + " attempt(s): " : "") + e.getMessage();
        tx.inTransaction(() -> {
            syncs.failed(job.id(), reason, calendar.now().plusMillis(wait), giveUp);
            if (giveUp && job.kind() == ZohoSyncs.Kind.INVOICE && syncs.linkOf(job.invoiceId()).isEmpty()) {
                post(invoices.byNumber(job.number()).orElseThrow(), null);
            }
            return null;
        });
    }

    private void post(Invoice inv, String zohoUrl) {
        destinations.of(inv.clientId()).ifPresent(to -> outbox.enqueue(to,
                IssueInvoice.issuedNotice(inv, IssueInvoice.link(billing, inv), billing, zohoUrl), calendar.now()));
    }
}
