package dev.ticketops.web;

import dev.ticketops.app.ReadInvoiceDocument;
import dev.ticketops.domain.Invoice;
import dev.ticketops.domain.InvoiceLine;
import dev.ticketops.domain.LineForm;
import dev.ticketops.domain.Payment;

/**
 * The one template of an invoice, as XHTML: the web page serves it as it is and the PDF is rendered from it, so both
 * say the same. What a client looks for: logo and agency, who is billed, invoice and due dates with the term, a
 * prominent amount due, the status in plain words, each ticket as time × rate = amount, tax when charged, payments
 * received, and how to pay.
 */
final class InvoicePage {
    /** Fonts in order: DejaVu (bundled: Latin, Greek, Cyrillic, Arabic, Hebrew), then system Noto for CJK and Devanagari. */
    static final String FONTS = "'DejaVu Sans', 'Noto Sans CJK SC', 'Noto Sans CJK JP', 'Noto Sans SC', 'Noto Sans Devanagari', "
            + "'Noto Sans', 'Noto Color Emoji', 'Noto Emoji', sans-serif";

    private InvoicePage() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    static String xhtml(ReadInvoiceDocument.Document d, Agency agency) {
        Invoice i = d.invoice();
        LineForm form = i.lineForm();
        String status = i.standing(d.today()).words();
        StringBuilder rows = new StringBuilder();
        boolean rounded = false;
        for (InvoiceLine l : i.lines()) {
            rounded |= !l.exact();
            rows.append("<tr><td class=\"item\">").append(esc(l.item()))
                    .append(l.unapprovedMinutes() > 0 ? "<div class=\"muted\">" + esc(l.unapprovedNote()) + "</div>" : "")
                    .append("</td><td class=\"n\">").append(esc(l.quantity(form)))
                    .append("</td><td class=\"n\">").append(esc(l.rate().displayShort())).append("/hr")
                    .append("</td><td class=\"n\">").append(l.exact() ? "" : "≈ ").append(esc(l.amount().display()))
                    .append("</td></tr>\n");
        }
        StringBuilder totals = new StringBuilder();
        if (i.tax().applies()) {
            totals.append(total("Subtotal", i.subtotal().display(), ""))
                    .append(total(esc(i.tax().describe()), i.tax().amount().display(), ""));
        }
        totals.append(total("Total", i.total().display(), "total"));
        if (i.paid().isPositive()) {
            totals.append(total("Paid", "−" + i.paid().display(), ""));
        }
        totals.append(total("Amount due", i.balance().display(), "due"));
        StringBuilder payments = new StringBuilder();
        for (Payment p : d.payments()) {
            payments.append("<tr><td>").append(p.paidOn()).append("</td><td>").append(esc(p.method().label()))
                    .append("</td><td>").append(esc(p.reference() == null ? "" : p.reference()))
                    .append("</td><td class=\"n\">").append(esc(p.amount().display())).append("</td></tr>\n");
        }
        String term = i.termDays() == 0 ? "Due on receipt" : "Net " + i.termDays() + " (due in " + i.termDays() + " days)";
        return "<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\"/>"
                + "<title>Invoice " + esc(i.number().toString()) + " – " + esc(agency.name()) + "</title>"
                + "<meta name=\"robots\" content=\"noindex\"/><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<style>" + css(agency.pageSize()) + "</style></head><body>\n"
                + "<table class=\"head\"><tr><td>"
                + agency.logoDataUri().map(u -> "<img class=\"logo\" alt=\"" + esc(agency.name()) + "\" src=\"" + esc(u) + "\"/><br/>").orElse("")
                + "<strong class=\"agency\">" + esc(agency.name()) + "</strong><br/>"
                + esc(agency.address()).replace("\n", "<br/>") + "</td>"
                + "<td class=\"n\"><h1>Invoice</h1><div class=\"number\">" + esc(i.number().toString()) + "</div>"
                + "<div class=\"status status-" + i.standing(d.today()).name().toLowerCase(java.util.Locale.ROOT) + "\">"
                + esc(status) + "</div></td></tr></table>\n"
                + "<table class=\"parties\"><tr><td><div class=\"label\">Billed to</div><strong>" + esc(i.clientName()) + "</strong>"
                + d.terms().billingContact().map(c -> "<br/>" + esc(c).replace("\n", "<br/>")).orElse("") + "</td>"
                + "<td><div class=\"label\">Invoice date</div>" + i.issueDate() + "<div class=\"label\">Due date</div>"
                + i.dueDate() + "<div class=\"label\">Terms</div>" + term + "</td>"
                + "<td class=\"amountdue\"><div class=\"label\">Amount due (" + esc(i.currency()) + ")</div>"
                + "<div class=\"big\">" + esc(i.balance().display()) + "</div>"
                + (i.balance().isPositive() ? "<div>by " + i.dueDate() + "</div>" : "<div>Paid in full – thank you</div>")
                + "</td></tr></table>\n"
                + "<table class=\"lines\"><thead><tr><th>Item</th><th class=\"n\">Time</th><th class=\"n\">Rate</th>"
                + "<th class=\"n\">Amount</th></tr></thead><tbody>\n" + rows + "</tbody></table>\n"
                + "<table class=\"totals\"><tbody>\n" + totals + "</tbody></table>\n"
                + (rounded ? "<p class=\"muted\">≈ The time at this rate is not a whole number of cents: the amount is rounded to"
                + " the cent.</p>\n" : "")
                + (payments.length() > 0 ? "<h2>Payments received</h2>\n<table class=\"lines\"><thead><tr><th>Date</th>"
                + "<th>Method</th><th>Reference</th><th class=\"n\">Amount</th></tr></thead><tbody>\n" + payments
                + "</tbody></table>\n" : "")
                + "<h2>How to pay</h2>\n<p>" + esc(agency.paymentInstructions()).replace("\n", "<br/>") + "</p>\n"
                + "<p class=\"muted\">Please quote " + esc(i.number().toString()) + " with your payment. Only actual time spent"
                + " is billed, to the minute.</p>\n</body></html>\n";
    }

    private static String total(String label, String amount, String cls) {
        return "<tr class=\"" + cls + "\"><td>" + label + "</td><td class=\"n\">" + InvoicePage.esc(amount) + "</td></tr>\n";
    }

    private static String css(String pageSize) {
        return "@page{size:" + ("Letter".equalsIgnoreCase(pageSize) ? "letter" : "A4") + ";margin:16mm}"
                + "body{font-family:" + FONTS + ";font-size:10.5pt;color:#222;max-width:800px;margin:0 auto;line-height:1.4}"
                + "table{width:100%;border-collapse:collapse}td,th{padding:8px 10px;vertical-align:top;text-align:left}"
                + ".n{text-align:right}.head td{padding:0 0 16px 0}h1{font-size:22pt;margin:0;letter-spacing:1px}"
                + ".logo{max-height:60px;max-width:220px;margin-bottom:6px}.agency{font-size:13pt}.number{font-size:12pt}"
                + ".status{display:inline-block;margin-top:6px;padding:3px 10px;border-radius:10px;background:#eef;font-weight:bold}"
                + ".status-overdue{background:#fdd;color:#900}.status-paid{background:#dfd;color:#060}"
                + ".status-partially_paid{background:#ffe9c7}"
                + ".parties{margin:8px 0 18px 0;border-top:1px solid #ddd;border-bottom:1px solid #ddd}"
                + ".label{color:#666;font-size:8.5pt;text-transform:uppercase;margin-top:4px}"
                + ".amountdue{background:#f4f6fb;text-align:right}.big{font-size:20pt;font-weight:bold}"
                + ".lines th{border-bottom:2px solid #222;font-size:9pt;text-transform:uppercase;color:#444}"
                + ".lines td{border-bottom:1px solid #ddd}.item{width:55%}"
                + ".totals{width:45%;margin-left:55%;margin-top:8px}.totals td{padding:5px 10px}"
                + ".totals .total td{border-top:2px solid #222;font-weight:bold}"
                + ".totals .due td{font-size:13pt;font-weight:bold;background:#f4f6fb}"
                + ".muted{color:#666;font-size:9pt}h2{font-size:12pt;margin:20px 0 6px 0}";
    }
}
