package dev.ticketops.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.app.port.Notice;
import dev.ticketops.chat.ActionCodec;
import dev.ticketops.chat.Reply;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.Invoice;
import dev.ticketops.domain.InvoiceNumber;
import dev.ticketops.domain.Role;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.support.Records;
import dev.ticketops.support.World;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issuing invoices on a real MariaDB: access tokens, the rate that applies, and dates at month and year ends. */
class InvoiceIssuingTest {
    static final Pattern INVOICE = Pattern.compile("INV-\\d{4}-\\d{4}");

    World w;
    Records records;
    ChannelRef acme;
    Caller carol;

    @BeforeEach
    void setUp() {
        w = new World();
        records = Records.of(w);
        acme = World.channel("C_ACME");
        carol = World.person("U_CAROL", "carol", Role.CLIENT);
        assertThat(w.say(w.staff, acme, "/ticket", "link Acme Corp").tone()).isEqualTo(Reply.Tone.SUCCESS);
    }

    @AfterEach
    void tearDown() {
        w.close();
    }

    private TicketNumber estimated(String title, String range) {
        TicketNumber n = w.open(carol, acme, title);
        assertThat(w.say(w.staff, acme, "/estimate", n + " " + range).tone()).isEqualTo(Reply.Tone.SUCCESS);
        return n;
    }

    private void approveLogAndClose(TicketNumber n, String duration) {
        long e = w.ctx.tx(() -> w.ctx.stores().estimates().current(n).orElseThrow().id());
        assertThat(w.click(carol, acme, ActionCodec.encode(Decision.APPROVED, n, e)).tone()).isEqualTo(Reply.Tone.SUCCESS);
        assertThat(w.say(w.staff, acme, "/log", duration + " " + n).tone()).isNotEqualTo(Reply.Tone.REFUSAL);
        assertThat(w.say(w.staff, acme, "/ticket", "close " + n + " done").tone()).isEqualTo(Reply.Tone.SUCCESS);
    }

    private String workAndInvoice(String title, String duration) {
        approveLogAndClose(estimated(title, "1-3h"), duration);
        Reply r = w.say(w.staff, acme, "/invoice", "");
        assertThat(r.tone()).as(r.plainText()).isEqualTo(Reply.Tone.SUCCESS);
        Matcher m = INVOICE.matcher(r.title());
        assertThat(m.find()).isTrue();
        return m.group();
    }

    private Invoice stored(String number) {
        return w.ctx.tx(() -> w.ctx.stores().invoices().byNumber(InvoiceNumber.parse(number).orElseThrow()).orElseThrow());
    }

    private BigDecimal storedLinesTotal(String number) {
        return records.decimal("SELECT SUM(l.amount) FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id"
                + " WHERE i.number = ?", number);
    }

    private ReadInvoiceDocument documents() {
        return w.app.readInvoiceDocument();
    }

    private static InvoiceNumber number(String text) {
        return InvoiceNumber.parse(text).orElseThrow();
    }

    @Test
    void eachInvoiceOpensOnlyWithItsOwnToken() {
        String first = workAndInvoice("First job", "1h");
        String second = workAndInvoice("Second job", "2h");
        String firstToken = stored(first).accessToken();
        String secondToken = stored(second).accessToken();

        assertThat(secondToken).isNotEqualTo(firstToken);
        assertThat(documents().execute(number(first), firstToken)).get().extracting(d -> d.invoice().number().toString()).isEqualTo(first);
        assertThat(documents().execute(number(first), secondToken)).isEmpty();
        assertThat(documents().execute(number(second), firstToken)).isEmpty();
        assertThat(documents().execute(number(first), "")).isEmpty();
        assertThat(documents().execute(number(first), null)).isEmpty();
        assertThat(documents().execute(number("INV-2026-9999"), firstToken)).isEmpty();
        var link = records.outbox(Notice.Kind.INVOICE_ISSUED).get(0).fact("url");
        assertThat(link).isEqualTo("http://localhost:8080/invoices/" + first + "?t=" + firstToken);
    }

    @Test
    void aHundredTokens_areAllDifferent_andUrlSafe() {
        Set<String> tokens = new HashSet<>();

        for (int i = 0; i < 100; i++) {
            tokens.add(IssueInvoice.token());
        }

        assertThat(tokens).hasSize(100);
        assertThat(tokens).allSatisfy(t -> assertThat(t).hasSize(43).matches("[A-Za-z0-9_-]{43}"));
    }

    @Test
    void aRateChangeAfterTheEstimate_doesNotChangeWhatTheClientApproved() {
        TicketNumber n = estimated("Quoted at 12", "1-2h");
        assertThat(w.say(w.staff, acme, "/invoice", "terms Acme Corp rate=15").plainText()).contains("$15/hour");
        approveLogAndClose(n, "1h");
        TicketNumber later = estimated("Quoted at 15", "1-2h");
        approveLogAndClose(later, "1h");

        Reply r = w.say(w.staff, acme, "/invoice", "");

        assertThat(r.text()).contains("Ticket " + n + " – Quoted at 12  1.0 hours x $12/hr = $12",
                "Ticket " + later + " – Quoted at 15  1.0 hours x $15/hr = $15", "Total: $27.00");
    }

    /** Issued on the given day with a term, the stored invoice is due on the calendar date a person would count to. */
    @ParameterizedTest(name = "issued {0} with {1} days → due {2}, numbered in {3}")
    @CsvSource({
            "2026-12-28, 7,  2027-01-04, 2026",
            "2026-12-31, 1,  2027-01-01, 2026",
            "2027-01-31, 7,  2027-02-07, 2027",
            "2027-02-25, 7,  2027-03-04, 2027",
            "2028-02-25, 7,  2028-03-03, 2028",
            "2028-02-28, 1,  2028-02-29, 2028",
            "2026-11-30, 0,  2026-11-30, 2026",
            "2026-01-31, 30, 2026-03-02, 2026"})
    void dueDates_acrossMonthAndYearEnds(LocalDate issued, int term, LocalDate due, int year) {
        w.say(w.staff, acme, "/invoice", "terms Acme Corp term=" + term);
        w.clock.set(Instant.parse(issued + "T23:30:00Z"));

        String number = workAndInvoice("Job of " + issued, "1h20m");

        Invoice inv = stored(number);
        assertThat(inv.issueDate()).isEqualTo(issued);
        assertThat(inv.dueDate()).isEqualTo(due);
        assertThat(number).isEqualTo("INV-" + year + "-0001");
        assertThat(inv.total().amount()).isEqualByComparingTo("16.00").isEqualByComparingTo(storedLinesTotal(number));
        assertThat(inv.isOverdue(due)).isFalse();
        assertThat(inv.isOverdue(due.plusDays(1))).isTrue();
    }

    @Test
    void numbersRestartEachYear_andStayGaplessWithinIt() {
        w.clock.set(Instant.parse("2026-12-31T10:00:00Z"));
        assertThat(workAndInvoice("Last of 2026", "1h")).isEqualTo("INV-2026-0001");
        assertThat(workAndInvoice("Also 2026", "1h")).isEqualTo("INV-2026-0002");
        w.clock.set(Instant.parse("2027-01-01T00:00:01Z"));
        assertThat(workAndInvoice("First of 2027", "1h")).isEqualTo("INV-2027-0001");
        assertThat(stored("INV-2027-0001").issueDate()).isEqualTo(LocalDate.of(2027, 1, 1));
    }
}
