package dev.ticketops.store;

import dev.ticketops.app.port.BillableTicket;
import dev.ticketops.app.port.Invoices;
import dev.ticketops.domain.Invoice;
import dev.ticketops.domain.InvoiceLine;
import dev.ticketops.domain.InvoiceNumber;
import dev.ticketops.domain.InvoiceStatus;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.PaymentMethod;
import dev.ticketops.domain.TicketNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

final class MyBatisInvoices implements Invoices {
    private final MyBatisTransactions tx;

    MyBatisInvoices(MyBatisTransactions tx) {
        this.tx = tx;
    }

    private InvoiceMapper m() {
        return tx.mapper(InvoiceMapper.class);
    }

    @Override
    public InvoiceNumber nextNumber(int year) {
        String name = "invoice-" + year;
        InvoiceMapper m = m();
        Long next = m.lockSequence(name);
        if (next == null) {
            m.createSequence(name);
            next = m.lockSequence(name);
        }
        m.advanceSequence(name);
        return new InvoiceNumber(year, next.intValue());
    }

    @Override
    public long insert(Invoice i, long issuedBy) {
        GeneratedKey key = new GeneratedKey();
        m().insert(new InvoiceMapper.Row(null, i.number().toString(), i.clientId(), i.clientName(), i.issueDate(), i.dueDate(),
                i.currency(), i.total().amount(), i.paid().amount(), i.status().name(), i.accessToken(), issuedBy,
                Utc.of(i.issuedAt()), i.tax().label(), i.tax().ratePercent(), i.tax().amount().amount()), key);
        return key.value();
    }

    @Override
    public void insertLine(long invoiceId, InvoiceLine l) {
        m().insertLine(new InvoiceMapper.LineRow(invoiceId, l.position(), l.ticket().value(), l.title(), l.billedMinutes(),
                l.unapprovedMinutes(), l.rate().amount(), l.amount().amount()));
    }

    @Override
    public List<BillableTicket> billableTickets(long clientId) {
        return m().billable(clientId).stream().map(r -> new BillableTicket(TicketNumber.of(r.number()), r.title(),
                r.actualMinutes(), r.highMinutes() == null ? -1 : r.highMinutes() + (r.approvedExtra() == null ? 0 : r.approvedExtra()),
                r.estimateRate(), r.estimateCurrency())).toList();
    }

    @Override
    public Optional<Invoice> byNumber(InvoiceNumber number) {
        return Optional.ofNullable(m().byNumber(number.toString())).map(this::withLines);
    }

    @Override
    public Optional<Invoice> lockByNumber(InvoiceNumber number) {
        return Optional.ofNullable(m().lockByNumber(number.toString())).map(this::withLines);
    }

    @Override
    public List<Invoice> unpaidForClient(long clientId) {
        return m().unpaidForClient(clientId).stream().map(MyBatisInvoices::toInvoice).toList();
    }

    @Override
    public Optional<Invoice> oldestOverdue(long clientId, LocalDate today) {
        return Optional.ofNullable(m().oldestOverdue(clientId, today)).map(MyBatisInvoices::toInvoice);
    }

    @Override
    public Optional<InvoiceNumber> invoiceOf(TicketNumber ticket) {
        return Optional.ofNullable(m().invoiceOf(ticket.value())).flatMap(InvoiceNumber::parse);
    }

    @Override
    public List<Invoice> unpaid() {
        return m().unpaid().stream().map(MyBatisInvoices::toInvoice).toList();
    }

    @Override
    public List<Invoice> issuedBetween(Instant from, Instant to, Long clientId) {
        return m().issuedBetween(Utc.of(from), Utc.of(to), clientId).stream().map(MyBatisInvoices::toInvoice).toList();
    }

    @Override
    public List<Invoice> list(Long clientId, int limit) {
        return m().list(clientId, limit).stream().map(MyBatisInvoices::toInvoice).toList();
    }

    @Override
    public long recordPayment(NewPayment p) {
        GeneratedKey key = new GeneratedKey();
        m().insertPayment(new InvoiceMapper.PaymentRow(null, p.invoiceId(), p.amount().amount(), p.method().stored(),
                p.reference(), p.recordedBy(), Utc.of(p.at()), p.paidOn(), p.zohoPaymentId()), key);
        return key.value();
    }

    @Override
    public List<dev.ticketops.domain.Payment> payments(long invoiceId) {
        String currency = m().currencyOf(invoiceId);
        return m().payments(invoiceId).stream().map(r -> new dev.ticketops.domain.Payment(r.id(), r.invoiceId(),
                new Money(r.amount(), currency), PaymentMethod.of(r.method()), r.reference(),
                r.paidOn() != null ? r.paidOn() : r.receivedAt().toLocalDate(), r.zohoPaymentId())).toList();
    }

    @Override
    public boolean knowsZohoPayment(String zohoPaymentId) {
        return m().countZohoPayment(zohoPaymentId) > 0;
    }

    @Override
    public void updatePaid(long invoiceId, Money paid, InvoiceStatus status, Instant paidAt) {
        m().updatePaid(invoiceId, paid.amount(), status.name(), Utc.of(paidAt));
    }

    @Override
    public int markOverdue(LocalDate today) {
        return m().markOverdue(today);
    }

    @Override
    public boolean recordReminder(long invoiceId, LocalDate day, String kind, Instant at) {
        return m().insertReminder(invoiceId, day, kind, Utc.of(at)) == 1;
    }

    @Override
    public List<InvoiceExportRow> export(LocalDate from, LocalDate to) {
        return m().export(from, to).stream().map(r -> {
            Money total = new Money(r.total(), r.currency());
            Invoice inv = new Invoice(0, InvoiceNumber.parse(r.number()).orElseThrow(), 0, r.clientName(), r.issueDate(),
                    r.dueDate(), total, new Money(r.paid(), r.currency()), InvoiceStatus.valueOf(r.status()), null, null, List.of(),
                    tax(r.taxLabel(), r.taxRate(), r.taxAmount(), r.currency()));
            InvoiceLine line = new InvoiceLine(r.position(), TicketNumber.of(r.ticketNumber()), r.title(), r.billedMinutes(),
                    r.unapprovedMinutes(), new Money(r.hourlyRate(), r.currency()), new Money(r.amount(), r.currency()));
            return new InvoiceExportRow(inv, line, r.billingContact(),
                    r.paymentTermDays() == null ? (int) r.issueDate().until(r.dueDate(), java.time.temporal.ChronoUnit.DAYS)
                            : r.paymentTermDays());
        }).toList();
    }

    @Override
    public List<TimeExportRow> exportTime(Instant from, Instant to) {
        return m().exportTime(Utc.of(from), Utc.of(to)).stream().map(r -> new TimeExportRow(r.id(), Utc.instant(r.loggedAt()),
                r.ticketNumber(), r.title(), r.clientName(), r.personName(), r.minutes(), r.note(), r.billable(),
                r.invoiceNumber())).toList();
    }

    private Invoice withLines(InvoiceMapper.Row r) {
        Invoice i = toInvoice(r);
        return i.withLines(m().lines(r.id()).stream().map(l -> new InvoiceLine(l.position(), TicketNumber.of(l.ticketNumber()),
                l.title(), l.billedMinutes(), l.unapprovedMinutes(), new Money(l.hourlyRate(), r.currency()),
                new Money(l.amount(), r.currency()))).toList());
    }

    private static Invoice toInvoice(InvoiceMapper.Row r) {
        return new Invoice(r.id(), InvoiceNumber.parse(r.number()).orElseThrow(), r.clientId(), r.clientName(), r.issueDate(),
                r.dueDate(), new Money(r.total(), r.currency()), new Money(r.paid(), r.currency()),
                InvoiceStatus.valueOf(r.status()), r.accessToken(), Utc.instant(r.issuedAt()), List.of(),
                tax(r.taxLabel(), r.taxRate(), r.taxAmount(), r.currency()));
    }

    private static dev.ticketops.domain.Tax tax(String label, java.math.BigDecimal rate, java.math.BigDecimal amount, String currency) {
        return rate == null || rate.signum() == 0 ? null
                : new dev.ticketops.domain.Tax(label == null ? "Tax" : label, rate, new Money(amount, currency));
    }
}
