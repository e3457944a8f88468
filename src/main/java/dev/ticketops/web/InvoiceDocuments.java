package dev.ticketops.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dev.ticketops.app.ReadInvoiceDocument;
import dev.ticketops.domain.Hours;
import dev.ticketops.domain.Invoice;
import dev.ticketops.domain.InvoiceLine;
import java.io.ByteArrayOutputStream;

/** The invoice as a web page and as a PDF (OpenPDF): agency, client, lines, total, dates and how to pay. */
public final class InvoiceDocuments {
    private InvoiceDocuments() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static String hours(InvoiceLine l) {
        return Hours.decimal(l.billedMinutes()) + " hours x " + l.rate().displayShort() + "/hr";
    }

    public static String html(ReadInvoiceDocument.Document d, Agency agency) {
        Invoice i = d.invoice();
        StringBuilder rows = new StringBuilder();
        for (InvoiceLine l : i.lines()) {
            rows.append("<tr><td>Ticket ").append(esc(l.ticket().toString())).append(" – ").append(esc(l.title()))
                    .append(l.unapprovedMinutes() > 0 ? "<br><small>+" + Hours.decimal(l.unapprovedMinutes())
                            + " hours over estimate, not approved (not billed)</small>" : "")
                    .append("</td><td>").append(esc(hours(l))).append("</td><td class=\"n\">").append(esc(l.amount().display()))
                    .append("</td></tr>\n");
        }
        String status = d.overdue() ? "OVERDUE" : i.status().name();
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Invoice " + esc(i.number().toString())
                + "</title><meta name=\"robots\" content=\"noindex\"><style>body{font-family:system-ui,sans-serif;max-width:760px;"
                + "margin:2em auto;color:#222}table{width:100%;border-collapse:collapse}td,th{padding:.5em;border-bottom:1px solid #ddd;"
                + "text-align:left}.n{text-align:right}.total td{font-weight:bold;border-top:2px solid #222}.muted{color:#666}</style>"
                + "</head><body>\n<h1>Invoice " + esc(i.number().toString()) + "</h1>\n"
                + "<p><strong>" + esc(agency.name()) + "</strong><br>" + esc(agency.address()).replace("\n", "<br>") + "</p>\n"
                + "<p>Billed to: <strong>" + esc(i.clientName()) + "</strong>"
                + d.terms().billingContact().map(c -> "<br>" + esc(c)).orElse("") + "</p>\n"
                + "<p>Issue date: " + i.issueDate() + "<br>Due date: " + i.dueDate() + "<br>Status: " + status
                + "<br>Currency: " + esc(i.currency()) + "</p>\n"
                + "<table><thead><tr><th>Item</th><th>Time</th><th class=\"n\">Amount</th></tr></thead><tbody>\n" + rows
                + "<tr class=\"total\"><td colspan=\"2\">Total</td><td class=\"n\">" + esc(i.total().display()) + "</td></tr>\n"
                + (i.paid().isPositive() ? "<tr><td colspan=\"2\">Paid</td><td class=\"n\">" + esc(i.paid().display()) + "</td></tr>\n"
                + "<tr><td colspan=\"2\">Balance</td><td class=\"n\">" + esc(i.balance().display()) + "</td></tr>\n" : "")
                + "</tbody></table>\n<h2>Payment</h2>\n<p>" + esc(agency.paymentInstructions()) + "</p>\n"
                + "<p class=\"muted\">Payment term: due " + i.dueDate() + ". Only actual time spent is billed. Please quote "
                + esc(i.number().toString()) + " with your payment.</p>\n</body></html>\n";
    }

    public static byte[] pdf(ReadInvoiceDocument.Document d, Agency agency) {
        Invoice i = d.invoice();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Invoice " + i.number());
            doc.addCreator(agency.name());
            doc.open();
            Font h1 = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
            Font normal = FontFactory.getFont(FontFactory.HELVETICA, 11);
            Font small = FontFactory.getFont(FontFactory.HELVETICA, 9);
            doc.add(new Paragraph("Invoice " + i.number(), h1));
            doc.add(new Paragraph(agency.name(), bold));
            if (!agency.address().isBlank()) {
                doc.add(new Paragraph(agency.address(), normal));
            }
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph("Billed to: " + i.clientName() + d.terms().billingContact().map(c -> " (" + c + ")").orElse(""), normal));
            doc.add(new Paragraph("Issue date: " + i.issueDate() + "    Due date: " + i.dueDate() + "    Status: "
                    + (d.overdue() ? "OVERDUE" : i.status().name()) + "    Currency: " + i.currency(), normal));
            doc.add(new Paragraph(" "));
            PdfPTable table = new PdfPTable(new float[] {6f, 3f, 2f});
            table.setWidthPercentage(100);
            table.addCell(new PdfPCell(new Phrase("Item", bold)));
            table.addCell(new PdfPCell(new Phrase("Time", bold)));
            PdfPCell amountHead = new PdfPCell(new Phrase("Amount", bold));
            amountHead.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(amountHead);
            for (InvoiceLine l : i.lines()) {
                table.addCell(new PdfPCell(new Phrase("Ticket " + l.ticket() + " – " + l.title()
                        + (l.unapprovedMinutes() > 0 ? "\n+" + Hours.decimal(l.unapprovedMinutes()) + " hours over estimate, not approved" : ""),
                        normal)));
                table.addCell(new PdfPCell(new Phrase(hours(l), normal)));
                PdfPCell amount = new PdfPCell(new Phrase(l.amount().display(), normal));
                amount.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(amount);
            }
            PdfPCell totalLabel = new PdfPCell(new Phrase("Total", bold));
            totalLabel.setColspan(2);
            table.addCell(totalLabel);
            PdfPCell total = new PdfPCell(new Phrase(i.total().display(), bold));
            total.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(total);
            doc.add(table);
            if (i.paid().isPositive()) {
                doc.add(new Paragraph("Paid: " + i.paid().display() + "    Balance: " + i.balance().display(), bold));
            }
            doc.add(new Paragraph(" "));
            doc.add(new Paragraph("Payment", bold));
            doc.add(new Paragraph(agency.paymentInstructions(), normal));
            doc.add(new Paragraph("Please quote " + i.number() + " with your payment. Only actual time spent is billed.", small));
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not render invoice " + i.number(), e);
        }
        return out.toByteArray();
    }
}
