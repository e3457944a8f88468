package dev.ticketops.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.app.port.Notice;
import dev.ticketops.chat.Reply;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.InvoiceNumber;
import dev.ticketops.domain.InvoiceStatus;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Role;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.slack.SlackSyntax;
import dev.ticketops.support.World;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The money side on a real MariaDB: invoices, payments, the overdue pause, the urgent rule, extra time, reminders. */
class BillingTest {
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

    TicketNumber approved(String title, String range) {
        TicketNumber n = w.open(carol, acme, title);
        assertThat(w.say(w.staff, acme, "/estimate", n + " " + range).tone()).isEqualTo(Reply.Tone.SUCCESS);
        long e = w.ctx.tx(() -> w.ctx.stores().estimates().current(n).orElseThrow().id());
        Reply r = w.click(carol, acme, "approve:" + n.value() + ":" + e);
        assertThat(r.tone()).as(r.plainText()).isEqualTo(Reply.Tone.SUCCESS);
        return n;
    }

    TicketNumber workedAndClosed(String title, String range, String duration) {
        TicketNumber n = approved(title, range);
        assertThat(w.say(w.staff, acme, "/log", duration + " " + n).tone()).isNotEqualTo(Reply.Tone.REFUSAL);
        assertThat(w.say(w.staff, acme, "/ticket", "close " + n + " done").tone()).isEqualTo(Reply.Tone.SUCCESS);
        return n;
    }

    String issue() {
        Reply r = w.say(w.staff, acme, "/invoice", "");
        assertThat(r.tone()).as(r.plainText()).isEqualTo(Reply.Tone.SUCCESS);
        Matcher m = INVOICE.matcher(r.title());
        assertThat(m.find()).isTrue();
        return m.group();
    }

    dev.ticketops.domain.Invoice invoice(String number) {
        return w.ctx.tx(() -> w.ctx.stores().invoices().byNumber(InvoiceNumber.parse(number).orElseThrow()).orElseThrow());
    }

    @Test
    void fullRun_1h20m_isBilledAs133HoursAt12_for16Dollars() {
        TicketNumber n = workedAndClosed("Checkout bug fix", "2-3h", "1h20m");
        Reply r = w.say(w.staff, acme, "/invoice", "");
        assertThat(r.text()).contains("Ticket " + n + " – Checkout bug fix  1 h 20 min x $12/hr = $16.00", "Total: $16.00");
        var inv = invoice(INVOICE.matcher(r.title()).results().findFirst().orElseThrow().group());
        assertThat(inv.number().toString()).isEqualTo("INV-2026-0001");
        assertThat(inv.total().display()).isEqualTo("$16.00");
        assertThat(inv.issueDate()).hasToString("2026-11-02");
        assertThat(inv.dueDate()).hasToString("2026-11-09");
        assertThat(inv.currency()).isEqualTo("USD");
        // the invoice is posted to the client's channel with its link
        var posted = w.ctx.tx(() -> w.database().outboxQueue().lockDue(w.clock.instant(), 500, EnumSet.allOf(Platform.class)))
                .stream().filter(m -> m.notice().kind() == Notice.Kind.INVOICE_ISSUED).toList();
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0).destination().id()).isEqualTo("C_ACME");
        assertThat(((Notice.InvoiceIssued) posted.get(0).notice()).url()).startsWith("http://localhost:8080/invoices/INV-2026-0001?t=");
        // nothing left to bill
        assertThat(w.say(w.staff, acme, "/invoice", "").text()).contains("Nothing to invoice for Acme Corp");
        assertThat(w.say(w.staff, acme, "/invoice", "").tone()).isEqualTo(Reply.Tone.REFUSAL);
        // numbers are gapless
        workedAndClosed("Second job", "1h", "30m");
        assertThat(issue()).isEqualTo("INV-2026-0002");
    }

    @Test
    void twoConcurrentInvoices_billEachTicketOnce() throws Exception {
        for (int i = 0; i < 3; i++) {
            workedAndClosed("Job " + i, "1-2h", "45m");
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Reply>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                go.await();
                return w.say(w.staff, acme, "/invoice", "Acme Corp");
            }));
        }
        go.countDown();
        List<Reply> replies = new ArrayList<>();
        for (Future<Reply> f : results) {
            replies.add(f.get());
        }
        pool.shutdown();
        assertThat(replies).filteredOn(r -> r.tone() == Reply.Tone.SUCCESS).hasSize(1);
        assertThat(replies).filteredOn(r -> r.text().contains("Nothing to invoice")).hasSize(1);
        var all = w.ctx.tx(() -> w.ctx.stores().invoices().list(null, 10));
        assertThat(all).hasSize(1);
        assertThat(invoice(all.get(0).number().toString()).lines()).hasSize(3);
        assertThat(all.get(0).total().display()).isEqualTo("$27.00");
    }

    @Test
    void overdueInvoice_pausesApproveAndLog_andAPaymentLiftsItAtOnce() {
        workedAndClosed("Old job", "1h", "1h");
        String number = issue();
        TicketNumber inProgress = approved("Ongoing work", "2-3h");
        TicketNumber waiting = w.open(carol, acme, "New request");
        long e = w.estimate(waiting, "1h");
        w.clock.advance(Duration.ofDays(8));

        Reply approve = w.click(carol, acme, "approve:" + waiting.value() + ":" + e);
        assertThat(approve.tone()).isEqualTo(Reply.Tone.REFUSAL);
        assertThat(approve.text()).contains(number, "$12.00", "2026-11-09", "Wise");
        Reply log = w.say(w.staff, acme, "/log", "30m " + inProgress);
        assertThat(log.text()).contains("New work is paused", number);
        assertThat(w.say(carol, acme, "/ticket", "Still allowed to open").title()).contains("opened");

        assertThat(w.say(w.staff, acme, "/invoice", "override " + inProgress + " production outage").tone()).isEqualTo(Reply.Tone.SUCCESS);
        assertThat(w.say(w.staff, acme, "/log", "30m " + inProgress).tone()).isEqualTo(Reply.Tone.SUCCESS);
        assertThat(w.ctx.tx(() -> w.ctx.stores().events().forTicket(inProgress)).stream().map(ev -> ev.kind()))
                .contains("OVERDUE_OVERRIDE");

        assertThat(w.say(w.staff, acme, "/invoice", "paid " + number + " wise TX-123").text()).contains("paid in full");
        assertThat(w.click(carol, acme, "approve:" + waiting.value() + ":" + e).tone()).isEqualTo(Reply.Tone.SUCCESS);
        assertThat(invoice(number).status()).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void urgentRequest_withABalance_isOpenedAsNonUrgentNamingTheBalance() {
        workedAndClosed("Billed job", "1h", "30m");
        issue();
        Reply r = w.say(carol, acme, "/ticket", "Server down --urgent");
        assertThat(r.title()).contains("opened");
        assertThat(r.text()).contains("Urgent requests need a cleared balance", "$6.00", "non-urgent");
        TicketNumber n = TicketNumber.of(Long.parseLong(r.title().replaceAll(".*#(\\d+).*", "$1")));
        assertThat(w.ctx.tx(() -> w.ctx.stores().tickets().find(n).orElseThrow().urgent())).isFalse();
        Reply clean = w.say(w.alice, w.aliceChannel, "/ticket", "Other client urgent --urgent");
        assertThat(clean.plainText()).contains("urgent").doesNotContain("cleared balance");
    }

    @Test
    void anOverrun_isBilledOnlyAfterTheClientApprovesIt() {
        TicketNumber declinedExtra = approved("Migration", "1h");
        Reply warn80 = w.say(w.staff, acme, "/log", "50m " + declinedExtra);
        assertThat(warn80.text()).contains("80%");
        Reply over = w.say(w.staff, acme, "/log", "40m " + declinedExtra);
        assertThat(over.tone()).isEqualTo(Reply.Tone.WARNING);
        assertThat(over.text()).contains("30 minutes over the approved 1 hour", "asked to approve the extra time");
        var request = w.ctx.tx(() -> w.ctx.stores().overruns().pending(declinedExtra).orElseThrow());
        assertThat(request.minutes()).isEqualTo(30);
        assertThat(w.click(w.staff, acme, "xapprove:" + declinedExtra.value() + ":" + request.id()).text()).contains("Staff cannot approve");
        w.say(w.staff, acme, "/ticket", "close " + declinedExtra + " migrated");

        Reply first = w.say(w.staff, acme, "/invoice", "");
        assertThat(first.text()).contains("1.0 hours x $12/hr = $12", "+30 min over estimate, not approved, not billed");

        TicketNumber approvedExtra = approved("Second migration", "1h");
        w.say(w.staff, acme, "/log", "1h30m " + approvedExtra);
        var req2 = w.ctx.tx(() -> w.ctx.stores().overruns().pending(approvedExtra).orElseThrow());
        Reply yes = w.click(carol, acme, "xapprove:" + approvedExtra.value() + ":" + req2.id());
        assertThat(yes.text()).contains("approved 30 minutes beyond the estimate");
        assertThat(w.click(carol, acme, "xapprove:" + approvedExtra.value() + ":" + req2.id()).text()).contains("already approved");
        w.say(w.staff, acme, "/ticket", "close " + approvedExtra + " migrated");
        Reply second = w.say(w.staff, acme, "/invoice", "");
        assertThat(second.text()).contains("1.5 hours x $12/hr = $18").doesNotContain("not approved");
    }

    @Test
    void payments_partialReduceTheBalance_overpaymentAndUnknownInvoicesAreRefused() {
        workedAndClosed("Paid in parts", "2-3h", "2h");
        String number = issue();
        assertThat(w.say(w.staff, acme, "/invoice", "paid " + number + " 10 paypal").text()).contains("Amount due now $14.00");
        assertThat(invoice(number).status()).isEqualTo(InvoiceStatus.ISSUED);
        Reply over = w.say(w.staff, acme, "/invoice", "paid " + number + " 20.00 wise");
        assertThat(over.tone()).isEqualTo(Reply.Tone.REFUSAL);
        assertThat(over.text()).contains("more than the balance", "$14.00");
        assertThat(w.say(w.staff, acme, "/invoice", "paid INV-2026-9999 wise").text()).contains("There is no invoice INV-2026-9999");
        assertThat(w.say(w.staff, acme, "/invoice", "paid " + number + " 14 bitcoin").text()).contains("wise or paypal");
        assertThat(w.say(carol, acme, "/invoice", "paid " + number + " wise").text()).contains("Only agency staff");
        assertThat(w.say(w.staff, acme, "/invoice", "paid " + number + " 14 wise").text()).contains("paid in full");
        assertThat(invoice(number).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(w.say(w.staff, acme, "/invoice", "paid " + number + " wise").text()).contains("already paid in full");
        Reply list = w.say(carol, acme, "/invoice", "list");
        assertThat(list.plainText()).contains(number, "Paid", "Outstanding balance: $0.00");
        assertThat(w.say(w.alice, w.aliceChannel, "/invoice", "show " + number).text()).contains("no invoice " + number + " of yours");
    }

    @Test
    void terms_areViewedAndChangedByStaff_audited_andUsedByTheNextEstimateAndInvoice() {
        Reply view = w.say(w.staff, acme, "/invoice", "terms Acme Corp");
        assertThat(view.plainText()).contains("$12/hour", "7 days");
        Reply changed = w.say(w.staff, acme, "/invoice", "terms Acme Corp rate=15 term=14 contact=billing@acme.example channel=here");
        assertThat(changed.plainText()).contains("$15/hour", "14 days", "billing@acme.example");
        assertThat(w.say(carol, acme, "/invoice", "terms Acme Corp rate=1").text()).contains("Only agency staff");
        assertThat(w.say(w.staff, acme, "/invoice", "terms Acme Corp rate=abc").text()).contains("not an amount");
        workedAndClosed("At the new rate", "1-2h", "1h");
        Reply inv = w.say(w.staff, acme, "/invoice", "");
        assertThat(inv.text()).contains("1.0 hours x $15/hr = $15");
        assertThat(inv.plainText()).contains("Due: 2026-11-16");
    }

    @Test
    void reminders_followTheSchedule_andAreNeverSentTwiceADay() {
        workedAndClosed("To remind", "1h", "1h");
        String number = issue();
        var rounds = w.app.sendReminders();
        List<String> sent = new ArrayList<>();
        for (int day = 0; day <= 14; day++) {
            var round = rounds.execute();
            var again = rounds.execute();
            assertThat(again.reminded()).isZero();
            if (round.reminded() > 0) {
                sent.add(round.day() + ":" + round.reminded());
            }
            w.clock.advance(Duration.ofDays(1));
        }
        // due 2026-11-09: the day before, on it, then every 3 days while unpaid
        assertThat(sent).containsExactly("2026-11-08:1", "2026-11-09:1", "2026-11-12:1", "2026-11-15:1");
        assertThat(invoice(number).status()).isEqualTo(InvoiceStatus.OVERDUE);
        var reminders = w.ctx.tx(() -> w.database().outboxQueue().lockDue(Instant.parse("2030-01-01T00:00:00Z"), 500,
                EnumSet.allOf(Platform.class))).stream().filter(m -> m.notice().kind() == Notice.Kind.INVOICE_REMINDER).toList();
        assertThat(reminders).hasSize(4);
        assertThat(dev.ticketops.chat.NoticeCards.notice(reminders.get(3).notice(), SlackSyntax.INSTANCE).plainText()).contains("Overdue", number, "$12.00", "paused");
        w.say(w.staff, acme, "/invoice", "paid " + number + " wise");
        w.clock.advance(Duration.ofDays(2));
        assertThat(rounds.execute().reminded()).isZero();
    }

    @Test
    void aPendingExtraTimeRequest_growsWithTheOverrun_soApprovingItBillsAllTheTime() {
        TicketNumber n = approved("Long job", "1h");
        w.say(w.staff, acme, "/log", "1h30m " + n);
        w.say(w.staff, acme, "/log", "30m " + n);
        var request = w.ctx.tx(() -> w.ctx.stores().overruns().pending(n).orElseThrow());
        assertThat(request.minutes()).isEqualTo(60);
        w.click(carol, acme, "xapprove:" + n.value() + ":" + request.id());
        w.say(w.staff, acme, "/ticket", "close " + n + " done");
        assertThat(w.say(w.staff, acme, "/invoice", "").text()).contains("2.0 hours x $12/hr = $24").doesNotContain("not approved");
    }

    @Test
    void anInvoicedTicket_cannotBeReopened() {
        TicketNumber n = workedAndClosed("Billed and final", "1h", "1h");
        String number = issue();
        Reply r = w.say(w.staff, acme, "/ticket", "reopen " + n);
        assertThat(r.tone()).isEqualTo(Reply.Tone.REFUSAL);
        assertThat(r.text()).contains("billed on invoice " + number, "Open a new ticket");
    }

    @Test
    void billingMessages_goOnlyToAChannelStillLinkedToTheClient_orAnIndividualsDirectMessages() {
        workedAndClosed("Acme work", "1h", "1h");
        // the channel is re-linked to another client: Acme's invoice must not be posted there
        w.say(w.staff, acme, "/ticket", "link Other Co");
        Reply issued = w.say(w.staff, acme, "/invoice", "Acme Corp");
        assertThat(issued.footer()).contains("no linked channel");
        // an individual (alice, in an unlinked channel) gets her invoice as a direct message
        TicketNumber mine = w.approvedTicket("Alice's job");
        w.say(w.staff, w.aliceChannel, "/log", "1h " + mine);
        w.say(w.staff, w.aliceChannel, "/ticket", "close " + mine + " done");
        assertThat(w.say(w.staff, w.aliceChannel, "/invoice", "alice").footer()).contains("Posted");
        var posted = w.ctx.tx(() -> w.database().outboxQueue().lockDue(w.clock.instant(), 500, EnumSet.allOf(Platform.class)))
                .stream().filter(m -> m.notice().kind() == Notice.Kind.INVOICE_ISSUED).toList();
        assertThat(posted).hasSize(1);
        assertThat(posted.get(0).destination().direct()).isTrue();
        assertThat(posted.get(0).destination().id()).isEqualTo("U_ALICE");
        assertThat(w.say(w.staff, World.channel("C_NOT_ACME"), "/invoice", "terms Acme Corp channel=here").text())
                .contains("not linked to Acme Corp");
    }

    @Test
    void aClientOnDiscordAndSlack_seesOnlyItsOwnInvoices() {
        workedAndClosed("Acme job", "1h", "1h");
        String acmeInvoice = issue();
        Caller discordStranger = new Caller(Platform.DISCORD, "discord", "D_X", "xavier", Role.CLIENT);
        assertThat(w.say(discordStranger, new ChannelRef(Platform.DISCORD, "G", "DC"), "/invoice", "show " + acmeInvoice).tone())
                .isEqualTo(Reply.Tone.REFUSAL);
        assertThat(w.say(carol, acme, "/invoice", "show " + acmeInvoice).plainText()).contains("Total: $12.00", "/invoices/");
    }
}
