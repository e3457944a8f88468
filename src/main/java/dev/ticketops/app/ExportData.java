package dev.ticketops.app;

import dev.ticketops.app.port.Invoices;
import dev.ticketops.app.port.Transactions;
import java.time.LocalDate;
import java.util.List;

/** What the accountant gets: time entries and invoice lines for a date range (both ends included). */
public final class ExportData {
    private final Transactions transactions;
    private final Invoices invoices;
    private final java.time.ZoneId zone;

    public ExportData(Transactions transactions, Invoices invoices, java.time.ZoneId zone) {
        this.transactions = transactions;
        this.invoices = invoices;
        this.zone = zone;
    }

    public List<Invoices.TimeExportRow> time(LocalDate from, LocalDate to) {
        // the day after 9999-12-31 is beyond what the database stores: end at its last microsecond instead
        java.time.Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        java.time.Instant last = java.time.Instant.parse("9999-12-31T23:59:59.999999Z");
        return transactions.inTransaction(() -> invoices.exportTime(from.atStartOfDay(zone).toInstant(), end.isAfter(last) ? last : end));
    }

    public List<Invoices.InvoiceExportRow> invoices(LocalDate from, LocalDate to) {
        return transactions.inTransaction(() -> invoices.export(from, to));
    }

    public java.time.ZoneId zone() {
        return zone;
    }
}
