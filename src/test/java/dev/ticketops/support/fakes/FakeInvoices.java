package dev.ticketops.support.fakes;

import dev.ticketops.app.port.BillableTicket;
import dev.ticketops.app.port.Invoices;
import dev.ticketops.domain.Estimate;
import dev.ticketops.domain.EstimateStatus;
import dev.ticketops.domain.Invoice;
import dev.ticketops.domain.InvoiceLine;
import dev.ticketops.domain.InvoiceNumber;
import dev.ticketops.domain.InvoiceStatus;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.PaymentMethod;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Invoices, their lines, payments and reminders in memory, as MyBatisInvoices keeps and reads them. */
public final class FakeInvoices implements Invoices {
    private static final Comparator<Tables.InvoiceRow> BY_DUE = Comparator.comparing(Tables.InvoiceRow::dueDate)
            .thenComparingLong(Tables.InvoiceRow::id);
    private static final Predicate<Tables.InvoiceRow> UNPAID = i -> i.status() == InvoiceStatus.ISSUED
            || i.status() == InvoiceStatus.OVERDUE;

    private final InMemoryTransactions tx;

    public FakeInvoices(InMemoryTransactions tx) {
        this.tx = tx;
    }

    @Override
    public InvoiceNumber nextNumber(int year) {
        Tables t = tx.tables();
        String name = "invoice-" + year;
        long next = t.sequences.getOrDefault(name, 1L);
        t.sequences.put(name, next + 1);
        return new InvoiceNumber(year, (int) next);
    }

    @Override
    public long insert(Invoice i, long issuedBy) {
        Tables t = tx.tables();
        if (t.invoices.values().stream().anyMatch(r -> r.number().equals(i.number()))) {
            throw new Tables.DuplicateKey("invoices", i.number());
        }
        t.client(i.clientId());
        t.person(issuedBy);
        long id = t.nextId("invoices");
        t.invoices.put(id, new Tables.InvoiceRow(id, i.number(), i.clientId(), i.issueDate(), i.dueDate(), i.currency(),
                i.total().amount(), i.paid().amount(), i.status(), i.accessToken(), issuedBy, Tables.micros(i.issuedAt()), null));
        return id;
    }

    @Override
    public void insertLine(long invoiceId, InvoiceLine line) {
        Tables t = tx.tables();
        if (!t.invoices.containsKey(invoiceId)) {
            throw new Tables.ForeignKeyViolation("invoices", invoiceId);
        }
        t.ticket(line.ticket());
        if (t.invoiceLines.values().stream().anyMatch(l -> l.line().ticket().equals(line.ticket()))) {
            throw new Tables.DuplicateKey("invoice_lines", line.ticket());
        }
        long id = t.nextId("invoice_lines");
        t.invoiceLines.put(id, new Tables.LineRow(id, invoiceId, line));
    }

    /** One row per closed, billable, unbilled ticket and approved estimate (none: -1 and no rate), by number. */
    @Override
    public List<BillableTicket> billableTickets(long clientId) {
        Tables t = tx.tables();
        return t.tickets.values().stream()
                .filter(k -> k.clientId() == clientId && k.status() == TicketStatus.CLOSED && k.billable())
                .filter(k -> lineOf(t, k.number()).isEmpty())
                .flatMap(k -> {
                    long actual = t.timeEntries.values().stream().filter(e -> e.ticket().equals(k.number()))
                            .mapToLong(Tables.EntryRow::minutes).sum();
                    List<Estimate> approved = t.estimates.values().stream()
                            .filter(e -> e.ticket().equals(k.number()) && e.status() == EstimateStatus.APPROVED).toList();
                    if (approved.isEmpty()) {
                        return Stream.of(new BillableTicket(k.number(), k.title(), actual, -1, null, null));
                    }
                    return approved.stream().map(e -> new BillableTicket(k.number(), k.title(), actual,
                            e.range().highMinutes() + FakeEstimates.approvedExtra(t, e.id()), e.rate().amount(),
                            e.rate().currency()));
                })
                .toList();
    }

    @Override
    public Optional<Invoice> byNumber(InvoiceNumber number) {
        Tables t = tx.tables();
        return t.invoices.values().stream().filter(r -> r.number().equals(number)).findFirst()
                .map(r -> toInvoice(t, r).withLines(lines(t, r)));
    }

    @Override
    public Optional<Invoice> lockByNumber(InvoiceNumber number) {
        return byNumber(number);
    }

    @Override
    public List<Invoice> unpaidForClient(long clientId) {
        Tables t = tx.tables();
        return t.invoices.values().stream().filter(r -> r.clientId() == clientId).filter(UNPAID).sorted(BY_DUE)
                .map(r -> toInvoice(t, r)).toList();
    }

    /** Read without the client's name (empty), as the store's index-only query does. */
    @Override
    public Optional<Invoice> oldestOverdue(long clientId, LocalDate today) {
        Tables t = tx.tables();
        return t.invoices.values().stream()
                .filter(r -> r.clientId() == clientId && UNPAID.test(r) && r.dueDate().isBefore(today)
                        && r.paid().compareTo(r.total()) < 0)
                .min(BY_DUE).map(r -> toInvoice(r, ""));
    }

    @Override
    public Optional<InvoiceNumber> invoiceOf(TicketNumber ticket) {
        Tables t = tx.tables();
        return lineOf(t, ticket).map(l -> t.invoices.get(l.invoiceId()).number());
    }

    @Override
    public List<Invoice> unpaid() {
        Tables t = tx.tables();
        return t.invoices.values().stream().filter(UNPAID).sorted(BY_DUE).map(r -> toInvoice(t, r)).toList();
    }

    @Override
    public List<Invoice> issuedBetween(Instant from, Instant to, Long clientId) {
        Tables t = tx.tables();
        return t.invoices.values().stream()
                .filter(r -> !r.issuedAt().isBefore(from) && r.issuedAt().isBefore(to))
                .filter(r -> clientId == null || r.clientId() == clientId)
                .map(r -> toInvoice(t, r)).toList();
    }

    @Override
    public List<Invoice> list(Long clientId, int limit) {
        Tables t = tx.tables();
        return t.invoices.descendingMap().values().stream().filter(r -> clientId == null || r.clientId() == clientId)
                .limit(limit).map(r -> toInvoice(t, r)).toList();
    }

    @Override
    public long recordPayment(NewPayment p) {
        Tables t = tx.tables();
        if (!t.invoices.containsKey(p.invoiceId())) {
            throw new Tables.ForeignKeyViolation("invoices", p.invoiceId());
        }
        if (p.recordedBy() != null) {
            t.person(p.recordedBy());
        }
        if (p.zohoPaymentId() != null && knowsZohoPayment(p.zohoPaymentId())) {
            throw new Tables.DuplicateKey("payments", p.zohoPaymentId());
        }
        long id = t.nextId("payments");
        t.payments.put(id, new Tables.PaymentRow(id, p.invoiceId(), p.amount().amount(), p.method(), p.reference(),
                p.recordedBy(), Tables.micros(p.at()), p.paidOn(), p.zohoPaymentId()));
        return id;
    }

    @Override
    public List<dev.ticketops.domain.Payment> payments(long invoiceId) {
        Tables t = tx.tables();
        String currency = t.invoices.get(invoiceId).currency();
        return t.payments.values().stream().filter(r -> r.invoiceId() == invoiceId)
                .map(r -> new dev.ticketops.domain.Payment(r.id(), r.invoiceId(), new Money(r.amount(), currency), r.method(),
                        r.reference(), r.paidOn() != null ? r.paidOn() : r.receivedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                        r.zohoPaymentId()))
                .toList();
    }

    @Override
    public boolean knowsZohoPayment(String zohoPaymentId) {
        return tx.tables().payments.values().stream().anyMatch(r -> zohoPaymentId.equals(r.zohoPaymentId()));
    }

    @Override
    public void updatePaid(long invoiceId, Money paid, InvoiceStatus status, Instant paidAt) {
        tx.tables().invoices.computeIfPresent(invoiceId, (k, r) -> new Tables.InvoiceRow(r.id(), r.number(), r.clientId(),
                r.issueDate(), r.dueDate(), r.currency(), r.total(), paid.amount(), status, r.accessToken(), r.issuedBy(),
                r.issuedAt(), Tables.micros(paidAt)));
    }

    @Override
    public int markOverdue(LocalDate today) {
        Tables t = tx.tables();
        List<Tables.InvoiceRow> due = t.invoices.values().stream()
                .filter(r -> r.status() == InvoiceStatus.ISSUED && r.dueDate().isBefore(today)
                        && r.paid().compareTo(r.total()) < 0)
                .toList();
        due.forEach(r -> t.invoices.put(r.id(), new Tables.InvoiceRow(r.id(), r.number(), r.clientId(), r.issueDate(),
                r.dueDate(), r.currency(), r.total(), r.paid(), InvoiceStatus.OVERDUE, r.accessToken(), r.issuedBy(),
                r.issuedAt(), r.paidAt())));
        return due.size();
    }

    @Override
    public boolean recordReminder(long invoiceId, LocalDate day, String kind, Instant at) {
        Tables t = tx.tables();
        if (!t.invoices.containsKey(invoiceId)) {
            throw new Tables.ForeignKeyViolation("invoices", invoiceId);
        }
        return t.reminders.putIfAbsent(new Tables.ReminderKey(invoiceId, day), kind) == null;
    }

    /** One row per line of the invoices issued on {@code from}..{@code to} (both included), by invoice then position. */
    @Override
    public List<InvoiceExportRow> export(LocalDate from, LocalDate to) {
        Tables t = tx.tables();
        return t.invoices.values().stream()
                .filter(r -> !r.issueDate().isBefore(from) && !r.issueDate().isAfter(to))
                .flatMap(r -> {
                    Tables.ClientRow c = t.client(r.clientId());
                    Invoice inv = new Invoice(0, r.number(), 0, c.name(), r.issueDate(), r.dueDate(),
                            new Money(r.total(), r.currency()), new Money(r.paid(), r.currency()), r.status(), null, null,
                            List.of());
                    // the invoice's own term, whatever the client's is now
                    int days = (int) r.issueDate().until(r.dueDate(), ChronoUnit.DAYS);
                    return lines(t, r).stream().map(l -> new InvoiceExportRow(inv, l, c.terms().billingContact(), days));
                })
                .toList();
    }

    @Override
    public List<TimeExportRow> exportTime(Instant from, Instant to) {
        Tables t = tx.tables();
        return t.timeEntries.values().stream()
                .filter(e -> !e.loggedAt().isBefore(from) && e.loggedAt().isBefore(to))
                .sorted(Comparator.comparing(Tables.EntryRow::loggedAt).thenComparingLong(Tables.EntryRow::id))
                .map(e -> {
                    Ticket k = t.ticket(e.ticket());
                    String invoice = lineOf(t, k.number()).map(l -> t.invoices.get(l.invoiceId()).number().toString())
                            .orElse(null);
                    return new TimeExportRow(e.id(), e.loggedAt(), k.number().value(), k.title(),
                            t.client(k.clientId()).name(), t.person(e.personId()).displayName(), e.minutes(), e.note(),
                            k.billable(), invoice);
                })
                .toList();
    }

    private static Optional<Tables.LineRow> lineOf(Tables t, TicketNumber ticket) {
        return t.invoiceLines.values().stream().filter(l -> l.line().ticket().equals(ticket)).findFirst();
    }

    /** The invoice's lines by position, priced in the invoice's currency. */
    private static List<InvoiceLine> lines(Tables t, Tables.InvoiceRow r) {
        return t.invoiceLines.values().stream().filter(l -> l.invoiceId() == r.id()).map(Tables.LineRow::line)
                .sorted(Comparator.comparingInt(InvoiceLine::position))
                .map(l -> new InvoiceLine(l.position(), l.ticket(), l.title(), l.billedMinutes(), l.unapprovedMinutes(),
                        new Money(l.rate().amount(), r.currency()), new Money(l.amount().amount(), r.currency())))
                .toList();
    }

    private static Invoice toInvoice(Tables t, Tables.InvoiceRow r) {
        return toInvoice(r, t.client(r.clientId()).name());
    }

    private static Invoice toInvoice(Tables.InvoiceRow r, String clientName) {
        return new Invoice(r.id(), r.number(), r.clientId(), clientName, r.issueDate(), r.dueDate(),
                new Money(r.total(), r.currency()), new Money(r.paid(), r.currency()), r.status(), r.accessToken(),
                r.issuedAt(), List.of());
    }
}
