package dev.ticketops.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.chat.ActionCodec;
import dev.ticketops.chat.ChatAction;
import dev.ticketops.chat.ChatRequest;
import dev.ticketops.chat.Reply;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Role;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.support.DbFootprint;
import dev.ticketops.support.Http;
import dev.ticketops.support.RunningServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input at the invoice documents and the exports: each case gets its status and a reason (never a 500 or a stack
 * trace), and the database is as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebBadInputMatrixTest {
    static final String EXPORT_TOKEN = "export-token-matrix-0123456789";

    RunningServer server;
    RunningServer exportsOff;
    String number;
    String token;

    final Caller staff = new Caller(Platform.SLACK, "T1", "U_STAFF", "sam", Role.STAFF);
    final Caller client = new Caller(Platform.SLACK, "T1", "U_C", "carol", Role.CLIENT);
    final ChannelRef channel = new ChannelRef(Platform.SLACK, "T1", "C_WEB");

    Reply say(Caller who, String command, String text) {
        return server.app.conversation().handle(new ChatRequest(who, channel, command, text, UUID.randomUUID().toString()));
    }

    @BeforeAll
    void start() {
        server = new RunningServer(Map.of("STAFF_SLACK_IDS", "U_STAFF", "EXPORT_TOKEN", EXPORT_TOKEN,
                "PUBLIC_URL", "https://support.example.com"), Clock.systemUTC());
        exportsOff = new RunningServer(Map.of("STAFF_SLACK_IDS", "U_STAFF"), Clock.systemUTC());
        say(staff, "/ticket", "link Matrix Ltd");
        TicketNumber n = TicketNumber.of(Long.parseLong(say(client, "/ticket", "Backup check").title().replaceAll(".*#(\\d+).*", "$1")));
        say(staff, "/estimate", "#" + n.value() + " 1-2h");
        var ctx = new dev.ticketops.support.StoreAccess(server.app.database().stores(), null);
        long e = ctx.tx(() -> ctx.stores().estimates().current(n).orElseThrow().id());
        server.app.conversation().click(new ChatAction(client, channel, ActionCodec.APPROVE, ActionCodec.encode(Decision.APPROVED, n, e), null));
        say(staff, "/log", "1h #" + n.value() + " checked the backups");
        say(staff, "/ticket", "close #" + n.value() + " Backups verified");
        Reply issued = say(staff, "/invoice", "");
        Matcher m = Pattern.compile("/invoices/(INV-\\d{4}-\\d{4})\\?t=([A-Za-z0-9_-]{43})").matcher(issued.plainText());
        assertThat(m.find()).as(issued.plainText()).isTrue();
        number = m.group(1);
        token = m.group(2);
    }

    @AfterAll
    void stop() {
        server.close();
        exportsOff.close();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Test
    void theRealInvoiceAndItsToken_open_soTheMatrixRefusesOnlyWhatIsBroken() {
        assertThat(Http.get(server.url("/invoices/" + number + "?t=" + token)).statusCode()).isEqualTo(200);
        assertThat(Http.get(server.url("/invoices/" + number + "/pdf?t=" + token)).statusCode()).isEqualTo(200);
    }

    // ---- invoice documents -------------------------------------------------------------------------------------------

    static Stream<String> malformedNumbers() {
        return Stream.of("INV-2026-0", "INV-2026-0000", "INV-0000-0001", "INV-1999-0001", "INV-99999-0001", "INV-2026--1",
                "INV-2026-99999999999999999999", "INV-99999999999999999999-1", "INV-2026-1234567", "2026-0001", "INV2026-0001",
                "INV-2026-0001;1", "INV-2026-0001 OR 1=1", "INV-٢٠٢٦-٠٠٠١", "%00", "💥", "x".repeat(2000), "-1", "0",
                "99999999999999999999", "INV-2026-0001%00", "null", "undefined");
    }

    @ParameterizedTest
    @MethodSource("malformedNumbers")
    void aMalformedInvoiceNumber_evenWithARealToken_is404_andChangesNothing(String bad) {
        DbFootprint before = DbFootprint.of(server.db);
        for (String path : List.of("/invoices/" + enc(bad), "/invoices/" + enc(bad) + "/pdf")) {
            HttpResponse<String> r = Http.get(server.url(path + "?t=" + token));

            assertThat(r.statusCode()).as(path + " → " + r.body()).isEqualTo(404);
            assertThat(r.body()).isEqualTo("No such invoice.");
        }
        assertThat(DbFootprint.of(server.db)).isEqualTo(before);
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.of("empty", "?t="),
                Arguments.of("one character more", "?t=TOKENx"),
                Arguments.of("one character less", "?t=TOKEN-1"),
                Arguments.of("all zeros", "?t=" + "A".repeat(43)),
                Arguments.of("non-ASCII", "?t=" + enc("ü".repeat(43))),
                Arguments.of("very long", "?t=" + "a".repeat(4000)),
                Arguments.of("under another name", "?token=TOKEN"),
                Arguments.of("a wrong one first", "?t=wrong&t=TOKEN"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void aBadTokenForTheRealInvoice_is404LikeAnUnknownInvoice_andChangesNothing(String label, String query) {
        DbFootprint before = DbFootprint.of(server.db);
        String q = query.replace("TOKEN-1", token.substring(0, token.length() - 1)).replace("TOKEN", token);
        for (String path : List.of("/invoices/" + number, "/invoices/" + number + "/pdf")) {
            HttpResponse<String> r = Http.get(server.url(path + q));

            assertThat(r.statusCode()).as(path + q).isEqualTo(404);
            assertThat(r.body()).isEqualTo("No such invoice.");
        }
        assertThat(DbFootprint.of(server.db)).isEqualTo(before);
    }

    // ---- exports ----------------------------------------------------------------------------------------------------

    static HttpResponse<String> export(String url, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return Http.send(b.build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/export/time.csv", "/export/invoices.csv"})
    void exportsWithoutAnExportToken_areOff_404WithHowToTurnThemOn_whateverIsSent(String path) {
        DbFootprint before = DbFootprint.of(exportsOff.db);
        for (String auth : new String[] {null, "Bearer " + EXPORT_TOKEN, "Bearer ", "Bearer null"}) {
            HttpResponse<String> r = export(exportsOff.url(path + "?from=2020-01-01&to=2099-12-31"), auth);

            assertThat(r.statusCode()).as(String.valueOf(auth)).isEqualTo(404);
            assertThat(r.body()).isEqualTo("Exports are off: set EXPORT_TOKEN to turn them on.");
        }
        assertThat(DbFootprint.of(exportsOff.db)).isEqualTo(before);
    }

    static Stream<Arguments> wrongAuthorizations() {
        return Stream.of("/export/time.csv", "/export/invoices.csv").flatMap(path -> Stream.of(
                Arguments.of(path, "none", null),
                Arguments.of(path, "empty", ""),
                Arguments.of(path, "a scheme without a token", "Bearer"),
                Arguments.of(path, "an empty bearer", "Bearer "),
                Arguments.of(path, "a wrong token", "Bearer wrong"),
                Arguments.of(path, "the token and one character more", "Bearer " + EXPORT_TOKEN + "x"),
                Arguments.of(path, "the token less its last character", "Bearer " + EXPORT_TOKEN.substring(0, EXPORT_TOKEN.length() - 1)),
                Arguments.of(path, "the token as Basic", "Basic " + Base64.getEncoder().encodeToString((":" + EXPORT_TOKEN).getBytes(StandardCharsets.UTF_8))),
                Arguments.of(path, "the token without a scheme", EXPORT_TOKEN),
                Arguments.of(path, "two tokens", "Bearer wrong, Bearer " + EXPORT_TOKEN),
                Arguments.of(path, "non-ASCII", "Bearer " + "é".repeat(29))));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("wrongAuthorizations")
    void aWrongExportToken_is401_sayingHowToGiveIt_andNoCsv(String path, String label, String authorization) {
        DbFootprint before = DbFootprint.of(server.db);

        HttpResponse<String> r = export(server.url(path + "?from=2020-01-01&to=2099-12-31"), authorization);

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(r.body()).contains("Authorization: Bearer <EXPORT_TOKEN>").doesNotContain(number, "Entry ID");
        assertThat(DbFootprint.of(server.db)).isEqualTo(before);
    }

    static Stream<Arguments> badRanges() {
        return Stream.of("/export/time.csv", "/export/invoices.csv").flatMap(path -> Stream.of(
                Arguments.of(path, "?from=2026-12-01&to=2026-11-01", "is after to"),
                Arguments.of(path, "?from=2026-11-02&to=2026-11-01", "is after to"),
                Arguments.of(path, "?from=2026-02-30&to=2026-03-31", "must be dates like 2026-11-01. Write each as YYYY-MM-DD."),
                Arguments.of(path, "?from=2026-01-01&to=tomorrow", "must be dates like 2026-11-01. Write each as YYYY-MM-DD."),
                Arguments.of(path, "?from=01/11/2026", "must be dates like 2026-11-01. Write each as YYYY-MM-DD."),
                Arguments.of(path, "?from=2026-1-1&to=2026-12-31", "must be dates like 2026-11-01. Write each as YYYY-MM-DD."),
                Arguments.of(path, "?from=0999-12-31&to=2026-01-01", "between 1000-01-01 and 9999-12-31"),
                Arguments.of(path, "?from=2026-01-01&to=%2B10000-01-01", "between 1000-01-01 and 9999-12-31"),
                Arguments.of(path, "?from=-2026-01-01&to=2026-01-01", "dates")));
    }

    @ParameterizedTest(name = "{0}{1}")
    @MethodSource("badRanges")
    void aBadExportRange_is400_withTheReasonAndTheForm_andNoCsv(String path, String query, String says) {
        DbFootprint before = DbFootprint.of(server.db);

        HttpResponse<String> r = export(server.url(path + query), "Bearer " + EXPORT_TOKEN);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(r.body()).contains(says).doesNotContain(number, "Entry ID", "Exception");
        assertThat(DbFootprint.of(server.db)).isEqualTo(before);
    }
}
