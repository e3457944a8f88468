package dev.ticketops.web;

import dev.ticketops.app.ExportData;
import dev.ticketops.app.port.Invoices;
import dev.ticketops.domain.Hours;
import dev.ticketops.domain.Invoice;
import dev.ticketops.domain.InvoiceLine;
import dev.ticketops.domain.LineForm;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV exports for the accountant (RFC 4180, UTF-8 with a byte order mark so that Excel reads the en dash and every
 * non-Latin name right). The invoice file has Zoho Invoice's invoice-import columns, one row per item: the invoice's
 * own date, due date and term (not the client's current one), Zoho's status words, each ticket a service item whose
 * quantity × price is exactly its amount (Zoho totals the rows itself: there is no Total or Balance column). Cells that a
 * spreadsheet would run as a formula are prefixed with an apostrophe.
 */
public final class Csv {
    /** Excel and Zoho read a UTF-8 file as UTF-8 when it starts with this. */
    public static final String BOM = "\uFEFF";
    public static final List<String> INVOICE_COLUMNS = List.of("Invoice Date", "Invoice Number", "Invoice Status",
            "Customer Name", "Due Date", "Payment Terms", "Payment Terms Label", "Currency Code", "Item Name", "Item Desc",
            "Item Type", "Quantity", "Usage unit", "Item Price", "Item Tax", "Item Tax %", "Notes");
    public static final List<String> TIME_COLUMNS = List.of("Entry ID", "Logged At", "Date", "Ticket", "Ticket Title", "Client",
            "Staff", "Minutes", "Hours", "Note", "Billable", "Invoice Number");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private Csv() {
    }

    /** A cell as written: formula-looking text made inert ({@code '=SUM(A1)}), quoted by the CSV printer when needed. */
    public static String cell(String v) {
        if (v == null) {
            return "";
        }
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?")) {
            return "'" + v;
        }
        return v;
    }

    private static String write(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter p = new CSVPrinter(out, FORMAT)) {
            p.printRecord(header);
            for (List<String> r : rows) {
                p.printRecord(r.stream().map(Csv::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Zoho's words for an invoice's status on the day of the export. */
    static String zohoStatus(Invoice i, LocalDate today) {
        return switch (i.standing(today)) {
            case SENT -> "Sent";
            case PARTIALLY_PAID -> "Partially Paid";
            case PAID -> "Paid";
            case OVERDUE -> "Overdue";
        };
    }

    public static String invoices(ExportData data, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(data.zone());
        // the lines of an invoice in its one form, as on the invoice itself
        Map<String, List<Invoices.InvoiceExportRow>> byInvoice = new LinkedHashMap<>();
        for (Invoices.InvoiceExportRow r : data.invoices(from, to)) {
            byInvoice.computeIfAbsent(r.invoice().number().toString(), k -> new ArrayList<>()).add(r);
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<Invoices.InvoiceExportRow> group : byInvoice.values()) {
            Invoice i = group.get(0).invoice();
            LineForm form = LineForm.of(group.stream().map(Invoices.InvoiceExportRow::line).toList());
            String tax = i.tax().applies() ? i.tax().label() : "";
            String taxRate = i.tax().applies() ? i.tax().ratePercent().stripTrailingZeros().toPlainString() : "";
            for (Invoices.InvoiceExportRow r : group) {
                InvoiceLine l = r.line();
                var priced = l.unitPricing();
                rows.add(List.of(i.issueDate().toString(), i.number().toString(), zohoStatus(i, today), i.clientName(),
                        i.dueDate().toString(), Integer.toString(i.termDays()),
                        i.termDays() == 0 ? "Due on Receipt" : "Net " + i.termDays(), i.currency(), l.item(),
                        l.arithmetic(form) + (l.unapprovedMinutes() > 0 ? " (" + l.unapprovedNote() + ")" : ""),
                        "service", priced.quantity().toPlainString(), priced.unit(), priced.price().toPlainString(),
                        tax, taxRate, r.billingContact() == null ? "" : "Billing contact: " + r.billingContact()));
            }
        }
        return write(INVOICE_COLUMNS, rows);
    }

    public static String time(ExportData data, LocalDate from, LocalDate to) {
        DateTimeFormatter iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(data.zone());
        List<List<String>> rows = new ArrayList<>();
        for (Invoices.TimeExportRow r : data.time(from, to)) {
            rows.add(List.of(Long.toString(r.entryId()), iso.format(r.loggedAt()),
                    r.loggedAt().atZone(data.zone()).toLocalDate().toString(), "#" + r.ticket(), r.title(), r.client(), r.person(),
                    Integer.toString(r.minutes()), Hours.decimal(r.minutes()), r.note() == null ? "" : r.note(),
                    r.billable() ? "yes" : "no", r.invoiceNumber() == null ? "" : r.invoiceNumber()));
        }
        return write(TIME_COLUMNS, rows);
    }
}
