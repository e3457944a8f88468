package dev.ticketops.web;

import dev.ticketops.app.ExportData;
import dev.ticketops.app.port.Invoices;
import dev.ticketops.domain.Hours;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * CSV exports for the accountant (RFC 4180, UTF-8). The invoice columns are the ones Zoho Invoice's invoice import
 * maps by name; each ticket line is one item of quantity 1 priced at the line's amount (the hours and rate are in
 * the description), so a total recomputed as quantity × price is exactly ours. Cells that a spreadsheet would run as
 * a formula are prefixed with an apostrophe.
 */
public final class Csv {
    public static final List<String> INVOICE_COLUMNS = List.of("Invoice Number", "Invoice Date", "Due Date", "Invoice Status",
            "Customer Name", "Currency Code", "Payment Terms", "Item Name", "Item Desc", "Quantity", "Usage unit", "Item Price",
            "Item Total", "Total", "Balance", "Notes");
    public static final List<String> TIME_COLUMNS = List.of("Entry ID", "Logged At", "Date", "Ticket", "Ticket Title", "Client",
            "Staff", "Minutes", "Hours", "Note", "Billable", "Invoice Number");

    private Csv() {
    }

    public static String cell(String v) {
        if (v == null) {
            return "";
        }
        String s = v;
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static void row(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        sb.append("\r\n");
    }

    public static String invoices(ExportData data, LocalDate from, LocalDate to) {
        StringBuilder sb = new StringBuilder();
        row(sb, INVOICE_COLUMNS);
        for (Invoices.InvoiceExportRow r : data.invoices(from, to)) {
            var i = r.invoice();
            var l = r.line();
            row(sb, List.of(i.number().toString(), i.issueDate().toString(), i.dueDate().toString(), i.status().name(),
                    i.clientName(), i.currency(), Integer.toString(r.paymentTermDays()),
                    "Ticket " + l.ticket() + " – " + l.title(),
                    Hours.decimal(l.billedMinutes()) + " hours x " + l.rate().displayShort() + "/hr"
                            + (l.unapprovedMinutes() > 0 ? " (+" + Hours.decimal(l.unapprovedMinutes()) + " hours over estimate, not approved)" : ""),
                    "1", "ticket", l.amount().amount().toPlainString(), l.amount().amount().toPlainString(),
                    i.total().amount().toPlainString(), i.balance().amount().toPlainString(),
                    r.billingContact() == null ? "" : "Billing contact: " + r.billingContact()));
        }
        return sb.toString();
    }

    public static String time(ExportData data, LocalDate from, LocalDate to) {
        StringBuilder sb = new StringBuilder();
        row(sb, TIME_COLUMNS);
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(data.zone());
        for (Invoices.TimeExportRow r : data.time(from, to)) {
            row(sb, List.of(Long.toString(r.entryId()), iso.format(r.loggedAt()),
                    r.loggedAt().atZone(data.zone()).toLocalDate().toString(), "#" + r.ticket(), r.title(), r.client(), r.person(),
                    Integer.toString(r.minutes()), Hours.decimal(r.minutes()), r.note() == null ? "" : r.note(),
                    r.billable() ? "yes" : "no", r.invoiceNumber() == null ? "" : r.invoiceNumber()));
        }
        return sb.toString();
    }
}
