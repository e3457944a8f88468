package dev.ticketops.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ticketops.app.ReadInvoiceDocument;
import dev.ticketops.domain.ClientTerms;
import dev.ticketops.domain.Invoice;
import dev.ticketops.domain.InvoiceLine;
import dev.ticketops.domain.InvoiceNumber;
import dev.ticketops.domain.InvoiceStatus;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.Payment;
import dev.ticketops.domain.PaymentMethod;
import dev.ticketops.domain.Tax;
import dev.ticketops.domain.TicketNumber;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The invoice page and its PDF, from the one template: what a client looks for, in their words, and every script kept
 * in the PDF (its text extracted back equals the input) with its fonts embedded.
 */
class InvoiceRenderingTest {
    static final LocalDate ISSUED = LocalDate.of(2026, 11, 2);
    static final Agency AGENCY = new Agency("SazM Support", "1 Example Street\nSpringfield",
            "Pay by Wise to ACME LLC, account 12345 (USD). PayPal on request.", Optional.empty(), "Letter");

    static ReadInvoiceDocument.Document document(List<String> titles, Money paid, LocalDate today, Tax tax) {
        List<InvoiceLine> lines = new ArrayList<>();
        for (String t : titles) {
            lines.add(InvoiceLine.price(lines.size() + 1, TicketNumber.of(150 + lines.size()), t, 120, -1, Money.usd("12")));
        }
        Money sub = lines.stream().map(InvoiceLine::amount).reduce(Money.usd("0"), Money::plus);
        Money total = tax == null ? sub : sub.plus(tax.amount());
        Invoice i = new Invoice(1, new InvoiceNumber(2026, 7), 1, "Docs & Co <Ltd>", ISSUED, ISSUED.plusDays(7), total, paid,
                paid.compareTo(total) == 0 ? InvoiceStatus.PAID : InvoiceStatus.ISSUED, "tok", Instant.parse("2026-11-02T10:00:00Z"),
                lines, tax);
        List<Payment> payments = paid.isPositive()
                ? List.of(new Payment(1, 1, paid, PaymentMethod.WISE, "TX-42", ISSUED.plusDays(1), null)) : List.of();
        ClientTerms terms = new ClientTerms(Money.usd("12"), 7, Optional.of("ap@docs.example"), Optional.empty());
        return new ReadInvoiceDocument.Document(i, terms, i.isOverdue(today), today, payments);
    }

    @Test
    void thePage_showsWhatAClientLooksFor_inTheirWords() {
        var d = document(List.of("Checkout bug fix", "Настройка VPN для офиса"), Money.usd("10.00"), ISSUED.plusDays(2), null);
        Document page = Jsoup.parse(InvoiceDocuments.html(d, AGENCY));

        assertThat(page.title()).isEqualTo("Invoice INV-2026-0007 – SazM Support");
        assertThat(page.select(".status").text()).isEqualTo("Partially paid");
        assertThat(page.select(".amountdue .big").text()).isEqualTo("$38.00");
        assertThat(page.select(".parties").text()).contains("Docs & Co <Ltd>", "ap@docs.example", "Invoice date 2026-11-02",
                "Due date 2026-11-09", "Net 7");
        assertThat(page.select(".lines tbody tr").first().text())
                .isEqualTo("Ticket #150 – Checkout bug fix 2.0 hours $12/hr $24.00");
        assertThat(page.select(".totals").text()).contains("Total $48.00", "Paid −$10.00", "Amount due $38.00");
        assertThat(page.text()).contains("Payments received", "2026-11-03", "Wise", "TX-42",
                "Pay by Wise to ACME LLC, account 12345 (USD)").doesNotContain("ISSUED");
        assertThat(page.select("td").stream().map(e -> e.attr("style"))).allMatch(String::isEmpty);
    }

    @Test
    void statusWords_areSentOverdueAndPaid() {
        var sent = document(List.of("A"), Money.usd("0"), ISSUED, null);
        var overdue = document(List.of("A"), Money.usd("0"), ISSUED.plusDays(8), null);
        var paid = document(List.of("A"), Money.usd("24.00"), ISSUED.plusDays(8), null);
        assertThat(Jsoup.parse(InvoiceDocuments.html(sent, AGENCY)).select(".status").text()).isEqualTo("Sent");
        assertThat(Jsoup.parse(InvoiceDocuments.html(overdue, AGENCY)).select(".status").text()).isEqualTo("Overdue");
        Document paidPage = Jsoup.parse(InvoiceDocuments.html(paid, AGENCY));
        assertThat(paidPage.select(".status").text()).isEqualTo("Paid");
        assertThat(paidPage.select(".amountdue").text()).contains("$0.00", "Paid in full");
    }

    @Test
    void aTaxLine_isShownWhenCharged_andAddsUp() {
        Tax vat = Tax.on(Money.usd("24.00"), "VAT", new BigDecimal("20"));
        Document page = Jsoup.parse(InvoiceDocuments.html(document(List.of("A"), Money.usd("0"), ISSUED, vat), AGENCY));
        assertThat(page.select(".totals").text()).contains("Subtotal $24.00", "VAT 20% $4.80", "Total $28.80", "Amount due $28.80");
        Document none = Jsoup.parse(InvoiceDocuments.html(document(List.of("A"), Money.usd("0"), ISSUED, null), AGENCY));
        assertThat(none.select(".totals").text()).doesNotContain("Subtotal", "Tax");
    }

    @Test
    void theLogo_isEmbeddedInPageAndPdf(@TempDir Path dir) throws Exception {
        Path logo = dir.resolve("logo.png");
        // a 1×1 PNG
        Files.write(logo, java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="));
        Agency withLogo = new Agency(AGENCY.name(), AGENCY.address(), AGENCY.paymentInstructions(), Agency.logo(Optional.of(logo)), "A4");
        var d = document(List.of("A"), Money.usd("0"), ISSUED, null);
        Document page = Jsoup.parse(InvoiceDocuments.html(d, withLogo));
        assertThat(page.select("img.logo").attr("src")).startsWith("data:image/png;base64,");
        byte[] pdf = InvoiceDocuments.pdf(d, withLogo);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var res = doc.getPage(0).getResources();
            boolean image = false;
            for (var name : res.getXObjectNames()) {
                image |= res.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
            }
            assertThat(image).as("an image in the PDF").isTrue();
        }
    }

    @Test
    void thePaper_isLetterForUsdAgencies_A4Otherwise_orAsPageSizeSays() {
        var d = document(List.of("A"), Money.usd("0"), ISSUED, null);
        float[] letter = PdfText.pageSize(InvoiceDocuments.pdf(d, AGENCY));
        assertThat(letter[0]).isEqualTo(612f, org.assertj.core.data.Offset.offset(1f));
        assertThat(letter[1]).isEqualTo(792f, org.assertj.core.data.Offset.offset(1f));
        Agency a4 = new Agency(AGENCY.name(), AGENCY.address(), AGENCY.paymentInstructions(), Optional.empty(), "A4");
        float[] size = PdfText.pageSize(InvoiceDocuments.pdf(d, a4));
        assertThat(size[0]).isEqualTo(595f, org.assertj.core.data.Offset.offset(1f));
        assertThat(Agency.pageSizeFor("USD", Optional.empty())).isEqualTo("Letter");
        assertThat(Agency.pageSizeFor("EUR", Optional.empty())).isEqualTo("A4");
        assertThat(Agency.pageSizeFor("USD", Optional.of("A4"))).isEqualTo("A4");
    }

    static final List<String> BUNDLED_SCRIPTS = List.of(
            "Настройка VPN для офиса", // Cyrillic
            "Ρύθμιση διακομιστή αλληλογραφίας", // Greek
            "إعداد الشبكة الافتراضية", // Arabic (RTL)
            "הגדרת שרת דואר", // Hebrew (RTL)
            "Café déjà vu – Straße");

    /** The PDF's text with its line breaks and spacing evened out, to find each title in. */
    static String pdfText(ReadInvoiceDocument.Document d) {
        return PdfText.of(InvoiceDocuments.pdf(d, AGENCY)).replaceAll("\\s+", " ");
    }

    @Test
    void thePdf_keepsCyrillicGreekArabicAndHebrew_withItsFontsEmbedded() {
        var d = document(BUNDLED_SCRIPTS, Money.usd("0"), ISSUED, null);
        byte[] pdf = InvoiceDocuments.pdf(d, AGENCY);
        String text = PdfText.of(pdf).replaceAll("\\s+", " ");
        for (String title : BUNDLED_SCRIPTS) {
            assertThat(text).as("the PDF's text").contains(title);
        }
        assertThat(text).contains("2.0 hours", "$12/hr", "$24.00", "Amount due", "$120.00", "Pay by Wise to ACME LLC");
        assertThat(PdfText.fonts(pdf)).isNotEmpty().allMatch(f -> f.endsWith(" embedded"), "embedded")
                .anyMatch(f -> f.contains("DejaVuSans"));
    }

    @Test
    void thePdf_keepsDevanagari_whenASystemFontHasIt() {
        assumeTrue(InvoicePdf.hasSystemFont("Noto Sans Devanagari"),
                "no Devanagari font installed (Debian: fonts-noto-core): the PDF shows placeholders for it, as the README says");
        String title = "सर्वर की सेटिंग";
        assertThat(pdfText(document(List.of(title), Money.usd("0"), ISSUED, null))).contains(title);
    }

    @Test
    void thePdf_keepsChineseAndJapanese_whenASystemFontHasThem() {
        assumeTrue(InvoicePdf.hasSystemFont("Noto Sans CJK SC") || InvoicePdf.hasSystemFont("Noto Sans SC"),
                "no CJK TrueType font installed (Noto Sans SC/CJK .ttf): the PDF shows placeholders for it, as the README says");
        String title = "服务器配置 サーバー設定";
        assertThat(pdfText(document(List.of(title), Money.usd("0"), ISSUED, null))).contains(title);
    }

    @Test
    void withoutAFontForACharacter_thePdfStillRenders_andKeepsTheRestOfTheLine() {
        // emoji and CJK may have no font here: the document is still made, and the Latin text around them stays
        var d = document(List.of("Deploy 🚀 done", "Setup 服务器 ok"), Money.usd("0"), ISSUED, null);
        String text = pdfText(d);
        assertThat(text).contains("Deploy", "done", "Setup", "ok", "$48.00");
    }
}
