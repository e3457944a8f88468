package dev.ticketops.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.app.port.Notice;
import dev.ticketops.chat.ActionCodec;
import dev.ticketops.chat.NoticeCards;
import dev.ticketops.chat.Reply;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.EstimateRange;
import dev.ticketops.domain.InvoiceNumber;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.PaymentMethod;
import dev.ticketops.domain.Role;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.slack.SlackSyntax;
import dev.ticketops.support.Records;
import dev.ticketops.support.Records.Event;
import dev.ticketops.support.World;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a change leaves behind, read back from the database: the audit entry of every kind of change, the stored
 * payment, and the messages in the outbox — not what the use case says it did.
 */
class SideEffectsTest {
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
    }

    @AfterEach
    void tearDown() {
        w.close();
    }

    private TicketNumber approvedAcmeTicket(String title, String range) {
        TicketNumber n = w.open(carol, acme, title);
        assertThat(w.say(w.staff, acme, "/estimate", n + " " + range).tone()).isEqualTo(Reply.Tone.SUCCESS);
        long e = w.ctx.tx(() -> w.ctx.stores().estimates().current(n).orElseThrow().id());
        assertThat(w.click(carol, acme, ActionCodec.encode(Decision.APPROVED, n, e)).tone()).isEqualTo(Reply.Tone.SUCCESS);
        return n;
    }

    private String issueFor(ChannelRef where) {
        Reply r = w.say(w.staff, where, "/invoice", "");
        assertThat(r.tone()).as(r.plainText()).isEqualTo(Reply.Tone.SUCCESS);
        Matcher m = INVOICE.matcher(r.title());
        assertThat(m.find()).isTrue();
        return m.group();
    }

    private void link() {
        assertThat(w.say(w.staff, acme, "/ticket", "link Acme Corp").tone()).isEqualTo(Reply.Tone.SUCCESS);
    }

    @Test
    void undoBillableCloseAndReopen_eachLeaveAnAuditEntry_byWhoDidIt() {
        TicketNumber n = w.approvedTicket("Audited steps");
        w.say(w.staff, w.aliceChannel, "/log", "20m " + n);

        assertThat(w.say(w.staff, w.aliceChannel, "/log", "undo").text()).contains("Removed your entry of 20 minutes");
        assertThat(w.say(w.staff, w.aliceChannel, "/ticket", "billable " + n + " no").text()).contains("non-billable");
        assertThat(w.say(w.staff2, w.aliceChannel, "/ticket", "billable " + n + " yes").tone()).isNotEqualTo(Reply.Tone.REFUSAL);
        assertThat(w.say(w.staff, w.aliceChannel, "/ticket", "close " + n + " nothing needed").tone()).isEqualTo(Reply.Tone.SUCCESS);
        assertThat(w.say(w.staff2, w.aliceChannel, "/ticket", "reopen " + n).title()).contains("reopened");

        assertThat(records.events(n)).containsExactly(
                new Event(n.value(), "alice", "SLACK", "OPENED", records.events(n).get(0).detail()),
                new Event(n.value(), "sam", "SLACK", "ESTIMATED", records.events(n).get(1).detail()),
                new Event(n.value(), "alice", "SLACK", "APPROVED", records.events(n).get(2).detail()),
                new Event(n.value(), "sam", "SLACK", "TIME_LOGGED", "20 minutes"),
                new Event(n.value(), "sam", "SLACK", "TIME_UNDONE", "20 minutes"),
                new Event(n.value(), "sam", "SLACK", "MARKED_NON_BILLABLE", null),
                new Event(n.value(), "sally", "SLACK", "MARKED_BILLABLE", null),
                new Event(n.value(), "sam", "SLACK", "CLOSED", "time spent 0 minutes"),
                new Event(n.value(), "sally", "SLACK", "REOPENED", "Approved — work may begin"));
    }

    @Test
    void settingTheSameBillableFlagAgain_changesAndAuditsNothing() {
        TicketNumber n = w.open("Already billable");

        Reply r = w.say(w.staff, w.aliceChannel, "/ticket", "billable " + n + " yes");

        assertThat(r.tone()).isNotEqualTo(Reply.Tone.REFUSAL);
        assertThat(records.kinds(n)).containsExactly("OPENED");
    }

    @Test
    void closing_queuesTheSummaryForTheTicketsChannel_once() {
        TicketNumber n = w.approvedTicket("Closure message");
        w.say(w.staff, w.aliceChannel, "/log", "1h " + n);

        w.say(w.staff, w.aliceChannel, "/ticket", "close " + n + " Replaced the disk");

        var closed = records.outbox(Notice.Kind.TICKET_CLOSED);
        assertThat(closed).hasSize(1);
        assertThat(closed.get(0).channel()).isEqualTo("C_ALICE");
        assertThat(closed.get(0).ticket()).isEqualTo(n.value());
        assertThat(closed.get(0).facts()).containsEntry("summary", "Replaced the disk").containsEntry("minutes", "60")
                .containsEntry("closedBy", "sam");
    }

    @Test
    void aLink_isAudited_andMakesTheChannelTheClientsBillingChannel() {
        link();

        assertThat(records.events("CHANNEL_LINKED")).containsExactly(
                new Event(null, "sam", "SLACK", "CHANNEL_LINKED", "Slack channel C_ACME → Acme Corp"));
        assertThat(w.say(w.staff, acme, "/invoice", "terms Acme Corp").plainText()).contains("C_ACME");
    }

    @Test
    void aTermsChange_isAuditedWithBeforeAndAfter() {
        link();

        w.say(w.staff, acme, "/invoice", "terms Acme Corp rate=15 term=14 contact=billing@acme.example channel=here");

        assertThat(records.events("TERMS_CHANGED")).containsExactly(new Event(null, "sam", "SLACK", "TERMS_CHANGED",
                "Acme Corp: rate $12→$15, term 7→14 days, contact changed, billing channel changed"));
    }

    @Test
    void viewingTerms_changesAndAuditsNothing() {
        link();

        w.say(w.staff, acme, "/invoice", "terms Acme Corp");

        assertThat(records.events("TERMS_CHANGED")).isEmpty();
    }

    @Test
    void anInvoice_auditsEveryTicketItBills_andQueuesItsLink() {
        link();
        TicketNumber a = approvedAcmeTicket("First", "1-2h");
        w.say(w.staff, acme, "/log", "1h20m " + a);
        w.say(w.staff, acme, "/ticket", "close " + a + " done");
        TicketNumber b = approvedAcmeTicket("Second", "1h");
        w.say(w.staff, acme, "/log", "30m " + b);
        w.say(w.staff, acme, "/ticket", "close " + b + " done");

        String number = issueFor(acme);

        assertThat(records.events(a)).last().isEqualTo(new Event(a.value(), "sam", "SLACK", "INVOICED", number + ": $16.00"));
        assertThat(records.events(b)).last().isEqualTo(new Event(b.value(), "sam", "SLACK", "INVOICED", number + ": $6.00"));
        var issued = records.outbox(Notice.Kind.INVOICE_ISSUED);
        assertThat(issued).hasSize(1);
        var notice = issued.get(0).notice(Notice.InvoiceIssued.class);
        assertThat(notice.total()).isEqualTo(Money.usd("22.00"));
        assertThat(notice.lines()).anySatisfy(l -> assertThat(l).contains("Ticket " + a + " – First"))
                .anySatisfy(l -> assertThat(l).contains("Ticket " + b + " – Second"));
    }

    @Test
    void aPayment_isStoredWithItsReferenceRedacted_auditedAndAnnounced() {
        link();
        TicketNumber n = approvedAcmeTicket("Paid job", "2-3h");
        w.say(w.staff, acme, "/log", "2h " + n);
        w.say(w.staff, acme, "/ticket", "close " + n + " done");
        String number = issueFor(acme);

        Reply paid = w.say(w.staff, acme, "/invoice", "paid " + number + " 10 wise TX-77 password=Hunter2Secret!");

        // recorded, with the credential advice that turns the tick into a warning
        assertThat(paid.tone()).as(paid.plainText()).isEqualTo(Reply.Tone.WARNING);
        assertThat(paid.plainText()).contains("Recorded $10.00 by Wise", "Credentials were removed", "Bitwarden Send");
        var payments = records.payments(number);
        assertThat(payments).hasSize(1);
        assertThat(payments.get(0).amount()).isEqualByComparingTo(new BigDecimal("10.00"));
        assertThat(payments.get(0).method()).isEqualTo("WISE");
        assertThat(payments.get(0).recordedBy()).isEqualTo("sam");
        assertThat(payments.get(0).reference()).startsWith("TX-77").doesNotContain("Hunter2Secret");
        var audit = records.events("PAYMENT_RECORDED");
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).actor()).isEqualTo("sam");
        assertThat(audit.get(0).detail()).startsWith(number + ": $10.00 by Wise on ").contains(" ref TX-77").doesNotContain("Hunter2Secret");
        var announced = records.outbox(Notice.Kind.PAYMENT_RECEIVED);
        assertThat(announced).hasSize(1);
        assertThat(announced.get(0).channel()).isEqualTo("C_ACME");
        assertThat(announced.get(0).notice(Notice.PaymentReceived.class))
                .isEqualTo(new Notice.PaymentReceived(InvoiceNumber.parse(number).orElseThrow(), Money.usd("10.00"),
                        PaymentMethod.WISE, Money.usd("14.00"), false));

        w.say(w.staff, acme, "/invoice", "paid " + number + " paypal");

        assertThat(records.payments(number)).extracting(Records.Payment::amount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("10"), new BigDecimal("14"));
        assertThat(records.payments(number).get(1).reference()).isNull();
        assertThat(records.outbox(Notice.Kind.PAYMENT_RECEIVED).get(1).notice(Notice.PaymentReceived.class))
                .extracting(Notice.PaymentReceived::balance, Notice.PaymentReceived::full)
                .containsExactly(Money.usd("0.00"), true);
    }

    @Test
    void aRefusedPayment_storesNothing() {
        link();
        TicketNumber n = approvedAcmeTicket("Refused payment", "1h");
        w.say(w.staff, acme, "/log", "1h " + n);
        w.say(w.staff, acme, "/ticket", "close " + n + " done");
        String number = issueFor(acme);

        assertThat(w.say(w.staff, acme, "/invoice", "paid " + number + " 12.01 wise").tone()).isEqualTo(Reply.Tone.REFUSAL);
        assertThat(w.say(w.staff, acme, "/invoice", "paid " + number + " 0 wise").tone()).isEqualTo(Reply.Tone.REFUSAL);
        assertThat(w.say(carol, acme, "/invoice", "paid " + number + " wise").tone()).isEqualTo(Reply.Tone.REFUSAL);

        assertThat(records.payments(number)).isEmpty();
        assertThat(records.events("PAYMENT_RECORDED")).isEmpty();
        assertThat(records.outbox(Notice.Kind.PAYMENT_RECEIVED)).isEmpty();
    }

    @Test
    void theOverrunRequest_theClientReceives_carriesTheIdTheirClickDecides() {
        link();
        TicketNumber n = approvedAcmeTicket("Overrun by message", "1h");

        w.say(w.staff, acme, "/log", "1h30m " + n);

        var asked = records.outbox(Notice.Kind.OVERRUN_REQUESTED);
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).channel()).isEqualTo("C_ACME");
        var request = asked.get(0).notice(Notice.OverrunRequested.class);
        assertThat(request).extracting(Notice.OverrunRequested::extraMinutes, Notice.OverrunRequested::approvedMinutes,
                Notice.OverrunRequested::loggedMinutes, Notice.OverrunRequested::by).containsExactly(30L, 60L, 90L, "sam");
        long requestId = request.requestId();
        Reply card = NoticeCards.notice(request, SlackSyntax.INSTANCE);
        String approve = ActionCodec.encodeExtra(Decision.APPROVED, n, requestId);
        assertThat(card.buttons()).extracting(Reply.Button::value)
                .containsExactly(approve, ActionCodec.encodeExtra(Decision.DECLINED, n, requestId));
        assertThat(records.kinds(n)).endsWith("TIME_LOGGED", "OVERRUN_REQUESTED");

        Reply yes = w.click(carol, acme, approve);

        assertThat(yes.text()).contains("approved 30 minutes beyond the estimate");
        assertThat(records.events(n)).last().isEqualTo(new Event(n.value(), "carol", "SLACK", "OVERRUN_APPROVED", "30 minutes"));
        Reply again = w.click(carol, acme, approve);
        assertThat(again.text()).contains("already approved");
        assertThat(records.kinds(n)).filteredOn("OVERRUN_APPROVED"::equals).hasSize(1);
    }

    @Test
    void aDeclinedOverrun_isAudited_andTheExtraTimeIsNotBilled() {
        link();
        TicketNumber n = approvedAcmeTicket("Overrun declined", "1h");
        w.say(w.staff, acme, "/log", "1h15m " + n);
        long requestId = Long.parseLong(records.outbox(Notice.Kind.OVERRUN_REQUESTED).get(0).fact("requestId"));

        w.click(carol, acme, ActionCodec.encodeExtra(Decision.DECLINED, n, requestId));

        assertThat(records.events(n)).last().isEqualTo(new Event(n.value(), "carol", "SLACK", "OVERRUN_DECLINED", "15 minutes"));
        w.say(w.staff, acme, "/ticket", "close " + n + " done");
        assertThat(w.say(w.staff, acme, "/invoice", "").text()).contains("1.0 hours x $12/hr = $12", "+15 min over estimate");
    }

    @Test
    void anOverrunRequestFromAnotherTicket_decidesNothing() {
        link();
        TicketNumber a = approvedAcmeTicket("Overrun A", "1h");
        TicketNumber b = approvedAcmeTicket("Overrun B", "1h");
        w.say(w.staff, acme, "/log", "2h " + a);
        long requestOfA = Long.parseLong(records.outbox(Notice.Kind.OVERRUN_REQUESTED).get(0).fact("requestId"));

        Reply r = w.click(carol, acme, ActionCodec.encodeExtra(Decision.APPROVED, b, requestOfA));

        assertThat(r.tone()).isEqualTo(Reply.Tone.REFUSAL);
        assertThat(r.text()).contains("does not exist");
        assertThat(records.kinds(a)).doesNotContain("OVERRUN_APPROVED");
        assertThat(w.ctx.tx(() -> w.ctx.stores().overruns().pending(a))).isPresent();
    }

    @Test
    void anEstimate_isQueuedForTheTicketsChannel_withTheIdItsButtonsCarry_andAReEstimateSaysWhatItReplaces() {
        TicketNumber n = w.open("Estimated twice");

        w.say(w.staff, w.aliceChannel, "/estimate", n + " 1-2h check the logs");
        w.say(w.staff2, w.aliceChannel, "/estimate", n + " 3h");

        long current = w.ctx.tx(() -> w.ctx.stores().estimates().current(n).orElseThrow().id());
        var posted = records.outbox(Notice.Kind.ESTIMATE_POSTED);
        assertThat(posted).hasSize(2);
        assertThat(posted.get(0).channel()).isEqualTo("C_ALICE");
        var first = posted.get(0).notice(Notice.EstimatePosted.class);
        assertThat(first.range()).isEqualTo(new EstimateRange(60, 120));
        assertThat(first.rate()).isEqualTo(Money.usd("12"));
        assertThat(first.estimator()).isEqualTo("sam");
        assertThat(first.note()).isEqualTo("check the logs");
        var second = posted.get(1).notice(Notice.EstimatePosted.class);
        assertThat(second.estimateId()).isEqualTo(current);
        assertThat(second.estimator()).isEqualTo("sally");
        assertThat(second.note()).isNull();
        assertThat(NoticeCards.notice(second, SlackSyntax.INSTANCE).buttons())
                .extracting(Reply.Button::value).contains(ActionCodec.encode(Decision.APPROVED, n, current));
        assertThat(records.events(n)).extracting(Event::detail)
                .containsSubsequence("1–2 hours at $12/hour", "3 hours at $12/hour; replaces 1–2 hours");
    }

    @Test
    void anUrgentTicket_isAuditedAsUrgent_orAsRefusedUrgentWhileABalanceIsOpen() {
        link();
        TicketNumber billed = approvedAcmeTicket("Billed first", "1h");
        w.say(w.staff, acme, "/log", "1h " + billed);
        w.say(w.staff, acme, "/ticket", "close " + billed + " done");
        TicketNumber urgentOk = w.open(w.alice, w.aliceChannel, "Alice urgent --urgent");
        issueFor(acme);

        Reply r = w.say(carol, acme, "/ticket", "Carol urgent --urgent");

        TicketNumber refused = TicketNumber.of(Long.parseLong(r.title().replaceAll(".*#(\\d+).*", "$1")));
        assertThat(records.events(urgentOk).get(0).detail()).isEqualTo("urgent; on Slack");
        assertThat(records.events(refused).get(0).detail()).isEqualTo("urgent refused (balance); on Slack");
        assertThat(records.events(billed).get(0).detail()).isEqualTo("on Slack");
    }
}
