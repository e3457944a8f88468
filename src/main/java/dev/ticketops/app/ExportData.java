package dev.ticketops.app;

import dev.ticketops.app.port.Invoices;
import java.time.LocalDate;
import java.util.List;

/** What the accountant gets: time entries and invoice lines for a date range (both ends included). */
public final class ExportData {
    private final Context ctx;

    public ExportData(Context ctx) {
        this.ctx = ctx;
    }

    public List<Invoices.TimeExportRow> time(LocalDate from, LocalDate to) {
        var zone = ctx.billing().zone();
        // the day after 9999-12-31 is beyond what the database stores: end at its last microsecond instead
        java.time.Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        java.time.Instant last = java.time.Instant.parse("9999-12-31T23:59:59.999999Z");
        return ctx.tx(() -> ctx.stores().invoices().exportTime(from.atStartOfDay(zone).toInstant(), end.isAfter(last) ? last : end));
    }

    public List<Invoices.InvoiceExportRow> invoices(LocalDate from, LocalDate to) {
        return ctx.tx(() -> ctx.stores().invoices().export(from, to));
    }

    public java.time.ZoneId zone() {
        return ctx.billing().zone();
    }
}
