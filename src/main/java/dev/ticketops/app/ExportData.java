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
        return ctx.tx(() -> ctx.stores().invoices().exportTime(from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    public List<Invoices.InvoiceExportRow> invoices(LocalDate from, LocalDate to) {
        return ctx.tx(() -> ctx.stores().invoices().export(from, to));
    }

    public java.time.ZoneId zone() {
        return ctx.billing().zone();
    }
}
