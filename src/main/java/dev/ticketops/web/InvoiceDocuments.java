package dev.ticketops.web;

import dev.ticketops.app.ReadInvoiceDocument;

/** The invoice as a web page and as a PDF, both from the one template ({@link InvoicePage}). */
public final class InvoiceDocuments {
    private InvoiceDocuments() {
    }

    static String esc(String s) {
        return InvoicePage.esc(s);
    }

    public static String html(ReadInvoiceDocument.Document d, Agency agency) {
        return InvoicePage.xhtml(d, agency);
    }

    public static byte[] pdf(ReadInvoiceDocument.Document d, Agency agency) {
        return InvoicePdf.render(InvoicePage.xhtml(d, agency), "invoice " + d.invoice().number());
    }
}
