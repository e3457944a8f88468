package dev.ticketops.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.chat.ChatAction;
import dev.ticketops.chat.ChatRequest;
import dev.ticketops.chat.Reply;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Role;
import dev.ticketops.support.Http;
import dev.ticketops.support.RunningServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Invoice documents and the accountant's exports over real HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvoiceDocumentsTest {
    static final String EXPORT_TOKEN = "export-token-0123456789abcdef";
    RunningServer server;
    String url;
    String number;

    final Caller staff = new Caller(Platform.SLACK, "T1", "U_STAFF", "sam", Role.STAFF);
    final Caller client = new Caller(Platform.SLACK, "T1", "U_C", "carol", Role.CLIENT);
    final ChannelRef channel = new ChannelRef(Platform.SLACK, "T1", "C_DOCS");

    Reply say(Caller who, String command, String text) {
        return server.app.conversation().handle(new ChatRequest(who, channel, command, text, UUID.randomUUID().toString()));
    }

    @BeforeAll
    void start() {
        server = new RunningServer(Map.of("STAFF_SLACK_IDS", "U_STAFF", "AGENCY_NAME", "SazM Support",
                "AGENCY_ADDRESS", "1 Example Street, Springfield", "EXPORT_TOKEN", EXPORT_TOKEN,
                "PUBLIC_URL", "https://support.example.com"), Clock.systemUTC());
        say(staff, "/ticket", "link Docs & Co <Ltd>");
        long n = Long.parseLong(say(client, "/ticket", "Checkout bug fix").title().replaceAll(".*#(\\d+).*", "$1"));
        say(staff, "/estimate", "#" + n + " 2-3h");
        long e = server.app.database().transactions().inTransaction(() -> server.app.database().stores().estimates()
                .current(dev.ticketops.domain.TicketNumber.of(n)).orElseThrow().id());
        server.app.conversation().click(new ChatAction(client, channel, "approve", "approve:" + n + ":" + e, null));
        say(staff, "/log", "1h20m #" + n + " fixed, with \"quotes\", commas and =SUM(A1)");
        say(staff, "/ticket", "close #" + n + " Fixed and tested");
        Reply issued = say(staff, "/invoice", "");
        var m = Pattern.compile("(https://support\\.example\\.com/invoices/(INV-\\d{4}-\\d{4})\\?t=[A-Za-z0-9_-]{43})").matcher(issued.plainText());
        assertThat(m.find()).as(issued.plainText()).isTrue();
        number = m.group(2);
        url = m.group(1).replace("https://support.example.com", "http://127.0.0.1:" + server.app.port());
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void theHtmlDocument_showsAgencyClientLinesTotalDatesAndPayment_escaped() {
        HttpResponse<String> page = Http.get(url);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("Invoice " + number, "SazM Support", "1 Example Street", "Docs &amp; Co &lt;Ltd&gt;",
                "Checkout bug fix", "1 h 20 min", "$12/hr", "$16.00", "Due date", "Amount due", "Sent", "Wise")
                .doesNotContain("<Ltd>", "ISSUED");
    }

    @Test
    void invoicePages_sendAContentSecurityPolicy_noSniffing_andNoReferrer() {
        for (String page : List.of(url, url.replace("?t=", "/pdf?t="), url.replaceAll("t=.*", "t=wrong"))) {
            var headers = Http.get(page).headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(page).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'none'", "frame-ancestors 'none'").doesNotContain("script-src"));
            assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).contains("no-referrer");
        }
    }

    @Test
    void aWrongOrMissingToken_is404() {
        assertThat(Http.get(url.replaceAll("t=.*", "t=wrong")).statusCode()).isEqualTo(404);
        assertThat(Http.get(url.replaceAll("\\?t=.*", "")).statusCode()).isEqualTo(404);
        assertThat(Http.get(url.replace(number, "INV-2026-9999")).statusCode()).isEqualTo(404);
        assertThat(Http.get(url.replace("?t=", "/pdf?t=x")).statusCode()).isEqualTo(404);
    }

    @Test
    void thePdf_opensAndItsTextHasTheLinesAndTotal() throws Exception {
        HttpResponse<byte[]> pdf = Http.CLIENT_BYTES(HttpRequest.newBuilder(URI.create(url.replace("?t=", "/pdf?t="))).build());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        String text = PdfText.of(pdf.body());
        assertThat(text).contains("Invoice", number, "Checkout bug fix", "1 h 20 min", "$12/hr", "$16.00", "Total", "Amount due",
                "Wise");
    }

    static HttpResponse<String> exportWithHeader(String url) {
        return Http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + EXPORT_TOKEN).build());
    }

    @Test
    void theExportToken_isTakenOnlyFromTheAuthorizationHeader_neverFromTheUrl() {
        String base = "http://127.0.0.1:" + server.app.port() + "/export/";
        for (String file : List.of("time.csv", "invoices.csv")) {
            HttpResponse<String> inUrl = Http.get(base + file + "?from=2020-01-01&to=2099-12-31&token=" + EXPORT_TOKEN);
            assertThat(inUrl.statusCode()).isEqualTo(401);
            assertThat(inUrl.body()).contains("Authorization: Bearer", "not in the URL").doesNotContain("Entry ID");
            assertThat(exportWithHeader(base + file + "?from=2020-01-01&to=2099-12-31").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void exportRanges_beyond9999OrReversed_are400WithTheReason_andTheLastPossibleDayWorks() {
        String base = "http://127.0.0.1:" + server.app.port() + "/export/";
        for (String file : List.of("time.csv", "invoices.csv")) {
            HttpResponse<String> reversed = exportWithHeader(base + file + "?from=2026-12-01&to=2026-11-01");
            assertThat(reversed.statusCode()).isEqualTo(400);
            assertThat(reversed.body()).contains("from (2026-12-01) is after to (2026-11-01)");
            HttpResponse<String> beyond = exportWithHeader(base + file + "?from=2026-01-01&to=%2B10000-01-01");
            assertThat(beyond.statusCode()).isEqualTo(400);
            assertThat(beyond.body()).contains("between 1000-01-01 and 9999-12-31");
            assertThat(exportWithHeader(base + file + "?from=9999-12-01&to=9999-12-31").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void exports_needTheToken_andGiveZohoReadyInvoiceColumnsAndTimeEntries() throws Exception {
        String base = "http://127.0.0.1:" + server.app.port() + "/export/";
        assertThat(Http.get(base + "invoices.csv").statusCode()).isEqualTo(401);
        assertThat(Http.get(base + "invoices.csv?token=nope").statusCode()).isEqualTo(401);
        HttpResponse<String> invoices = Http.send(HttpRequest.newBuilder(URI.create(base + "invoices.csv?from=2020-01-01&to=2099-12-31"))
                .header("Authorization", "Bearer " + EXPORT_TOKEN).build());
        assertThat(invoices.statusCode()).isEqualTo(200);
        assertThat(invoices.body()).startsWith(Csv.BOM);
        var parsed = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(invoices.body().substring(1)));
        assertThat(parsed.getHeaderNames()).isEqualTo(Csv.INVOICE_COLUMNS)
                .contains("Item Type").doesNotContain("Total", "Balance");
        var row = parsed.getRecords().get(0);
        assertThat(row.get("Invoice Number")).isEqualTo(number);
        assertThat(row.get("Customer Name")).isEqualTo("Docs & Co <Ltd>");
        assertThat(row.get("Invoice Status")).isEqualTo("Sent");
        assertThat(row.get("Payment Terms")).isEqualTo("7");
        assertThat(row.get("Payment Terms Label")).isEqualTo("Net 7");
        assertThat(row.get("Item Type")).isEqualTo("service");
        assertThat(row.get("Item Name")).isEqualTo("Ticket #" + row.get("Item Name").replaceAll("\\D+", "") + " – Checkout bug fix");
        assertThat(row.get("Item Desc")).isEqualTo("1 h 20 min x $12/hr = $16.00");
        assertThat(new java.math.BigDecimal(row.get("Quantity")).multiply(new java.math.BigDecimal(row.get("Item Price"))))
                .isEqualByComparingTo("16.00");
        HttpResponse<String> time = exportWithHeader(base + "time.csv?from=2020-01-01&to=2099-12-31");
        assertThat(time.statusCode()).isEqualTo(200);
        assertThat(time.body()).startsWith(Csv.BOM).contains("Entry ID,Logged At", "80,1.33", number)
                .contains("\"fixed, with \"\"quotes\"\", commas and =SUM(A1)\"");
        assertThat(exportWithHeader(base + "time.csv?from=yesterday").statusCode()).isEqualTo(400);
        assertThat(Csv.cell("=SUM(A1)")).isEqualTo("'=SUM(A1)");
        assertThat(Csv.cell("-12.50")).isEqualTo("-12.50");
    }
}
