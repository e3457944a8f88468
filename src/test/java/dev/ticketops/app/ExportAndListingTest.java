package dev.ticketops.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.app.port.Invoices;
import dev.ticketops.chat.ActionCodec;
import dev.ticketops.chat.Reply;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.InvoiceNumber;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Role;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.support.Hints;
import dev.ticketops.support.World;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The accountant's export (both ends of the range included, by the agency's calendar) and the invoice listings. */
class ExportAndListingTest {
    static final Pattern INVOICE = Pattern.compile("INV-\\d{4}-\\d{4}");

    World w;
    ChannelRef acme;
    Caller carol;

    @BeforeEach
    void setUp() {
        w = new World();
        acme = World.channel("C_ACME");
        carol = World.person("U_CAROL", "carol", Role.CLIENT);
        assertThat(w.say(w.staff, acme, "/ticket", "link Acme Corp").tone()).isEqualTo(Reply.Tone.SUCCESS);
    }

    @AfterEach
    void tearDown() {
        w.close();
    }

    private TicketNumber approved(String title) {
        TicketNumber n = w.open(carol, acme, title);
        assertThat(w.say(w.staff, acme, "/estimate", n + " 5h").tone()).isEqualTo(Reply.Tone.SUCCESS);
        long e = w.ctx.tx(() -> w.ctx.stores().estimates().current(n).orElseThrow().id());
        assertThat(w.click(carol, acme, ActionCodec.encode(Decision.APPROVED, n, e)).tone()).isEqualTo(Reply.Tone.SUCCESS);
        return n;
    }

    private void logAt(String instant, String duration, TicketNumber n) {
        w.clock.set(Instant.parse(instant));
        assertThat(w.say(w.staff, acme, "/log", duration + " " + n).tone()).isNotEqualTo(Reply.Tone.REFUSAL);
    }

    private String closeAndInvoice(TicketNumber n) {
        w.say(w.staff, acme, "/ticket", "close " + n + " done");
        Reply r = w.say(w.staff, acme, "/invoice", "");
        assertThat(r.tone()).as(r.plainText()).isEqualTo(Reply.Tone.SUCCESS);
        Matcher m = INVOICE.matcher(r.title());
        assertThat(m.find()).isTrue();
        return m.group();
    }

    @Test
    void theTimeExport_includesBothEndDays_wholly() {
        TicketNumber n = approved("Exported work");
        logAt("2026-11-02T23:59:59Z", "10m", n);
        logAt("2026-11-03T00:00:00Z", "20m", n);
        logAt("2026-11-04T23:59:59.999Z", "30m", n);
        logAt("2026-11-05T00:00:00Z", "40m", n);
        ExportData export = w.app.exportData();

        var rows = export.time(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 4));

        assertThat(rows).extracting(Invoices.TimeExportRow::minutes).containsExactly(20, 30);
        assertThat(rows.get(0).ticket()).isEqualTo(n.value());
        assertThat(rows.get(0).client()).isEqualTo("Acme Corp");
        assertThat(rows.get(0).person()).isEqualTo("sam");
        assertThat(rows.get(0).billable()).isTrue();
        assertThat(export.time(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 3))).extracting(Invoices.TimeExportRow::minutes)
                .containsExactly(20);
        assertThat(export.time(LocalDate.of(2026, 11, 6), LocalDate.of(2026, 11, 30))).isEmpty();
        assertThat(export.zone()).isEqualTo(w.ctx.billing().zone());
    }

    @Test
    void theInvoiceExport_isByIssueDate_withTheClientsTerms() {
        TicketNumber first = approved("Billed on the 2nd");
        logAt("2026-11-02T10:00:00Z", "1h", first);
        String a = closeAndInvoice(first);
        TicketNumber second = approved("Billed on the 9th");
        logAt("2026-11-09T10:00:00Z", "2h", second);
        String b = closeAndInvoice(second);
        ExportData export = w.app.exportData();

        assertThat(export.invoices(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 2)))
                .extracting(r -> r.invoice().number().toString()).containsExactly(a);
        var both = export.invoices(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 9));
        assertThat(both).extracting(r -> r.invoice().number().toString()).containsExactly(a, b);
        assertThat(both.get(1).line().amount()).isEqualTo(Money.usd("24.00"));
        assertThat(both.get(1).paymentTermDays()).isEqualTo(7);
    }

    @Test
    void listings_showTheOutstandingBalance_toStaffForEveryone_andToAClientForItself() {
        TicketNumber n = approved("Listed");
        logAt("2026-11-02T10:00:00Z", "1h30m", n);
        String number = closeAndInvoice(n);
        ListInvoices list = w.app.listInvoices();

        var everyone = list.execute(new ListInvoices.Query(w.staff, World.channel("C_STAFF_ROOM"), null)).orElseThrow();
        var forCarol = list.execute(new ListInvoices.Query(carol, acme, null)).orElseThrow();
        var inLinkedChannel = list.execute(new ListInvoices.Query(w.staff, acme, "")).orElseThrow();

        assertThat(everyone.client()).isEmpty();
        assertThat(everyone.outstanding()).isEqualTo(Money.usd("18.00"));
        assertThat(everyone.invoices()).extracting(i -> i.number().toString()).containsExactly(number);
        assertThat(forCarol.client()).get().extracting(c -> c.name()).isEqualTo("Acme Corp");
        assertThat(forCarol.outstanding()).isEqualTo(Money.usd("18.00"));
        assertThat(inLinkedChannel.client()).get().extracting(c -> c.name()).isEqualTo("Acme Corp");
        w.say(w.staff, acme, "/invoice", "paid " + number + " 8 wise");
        assertThat(list.execute(new ListInvoices.Query(carol, acme, null)).orElseThrow().outstanding()).isEqualTo(Money.usd("10.00"));
        assertThat(list.execute(new ListInvoices.Query(w.alice, w.aliceChannel, null))).isInstanceOfSatisfying(Result.Refused.class, r -> {
            assertThat(r.reason()).isEqualTo("You have no invoices yet.");
            assertThat(Hints.slack(r.hint())).isEqualTo("Invoices follow closed tickets; open one with /ticket <title>.");
        });
    }

    @Test
    void showingAnInvoice_isForStaffAndTheClient_andSaysWhenItIsOverdue() {
        TicketNumber n = approved("Shown");
        logAt("2026-11-02T10:00:00Z", "1h", n);
        InvoiceNumber number = InvoiceNumber.parse(closeAndInvoice(n)).orElseThrow();
        ShowInvoice show = w.app.showInvoice();

        var forCarol = show.execute(new ShowInvoice.Query(carol, number)).orElseThrow();
        assertThat(forCarol.overdue()).isFalse();
        assertThat(forCarol.url()).isEqualTo("http://localhost:8080/invoices/" + number + "?t=" + forCarol.invoice().accessToken());
        assertThat(show.execute(new ShowInvoice.Query(w.alice, number)).isOk()).isFalse();
        assertThat(w.say(w.staff, acme, "/invoice", "show INV-x").text()).contains("“INV-x” is not an invoice number.");

        w.clock.set(Instant.parse("2026-11-09T23:00:00Z"));
        assertThat(show.execute(new ShowInvoice.Query(w.staff, number)).orElseThrow().overdue()).isFalse();
        w.clock.set(Instant.parse("2026-11-10T00:00:00Z"));
        assertThat(show.execute(new ShowInvoice.Query(w.staff, number)).orElseThrow().overdue()).isTrue();
    }
}
