package dev.ticketops.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ticketops.app.port.BillableTicket;
import dev.ticketops.app.port.Invoices;
import dev.ticketops.app.port.StoredTerms;
import dev.ticketops.domain.Estimate;
import dev.ticketops.domain.EstimateRange;
import dev.ticketops.domain.EstimateStatus;
import dev.ticketops.domain.Invoice;
import dev.ticketops.domain.InvoiceLine;
import dev.ticketops.domain.InvoiceNumber;
import dev.ticketops.domain.InvoiceStatus;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.PaymentMethod;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketStatus;
import dev.ticketops.domain.TimeEntry;
import dev.ticketops.domain.WorkDuration;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What issuing, paying, reminding, listing and exporting rely on from Invoices, on the fake and MariaDB alike. */
abstract class InvoicesContract extends PortContract {
    private static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);
    private static final String TOKEN = "t".repeat(43);

    private long acme;
    private Person alice;
    private Person sam;

    private void acme() {
        acme = organisation("Acme");
        alice = member("U_ALICE", acme);
        sam = staff("U_SAM");
    }

    private Ticket closed(long client, String title, int minutesLogged) {
        Ticket t = ticket(client, alice, title);
        if (minutesLogged > 0) {
            run(() -> stores.timeEntries().insert(new TimeEntry(0, t.number(), sam.id(), null,
                    new WorkDuration(minutesLogged), null, at(30))));
        }
        return withStatus(t, TicketStatus.CLOSED);
    }

    private long approvedEstimate(Ticket t, int high, String rate) {
        return tx(() -> stores.estimates().insert(new Estimate(0, t.number(), new EstimateRange(30, high), Money.usd(rate),
                null, EstimateStatus.APPROVED, sam.id(), at(5))));
    }

    /** Issues an invoice of {@code client} on {@code issued}, due 14 days later, with one line per ticket. */
    private Invoice issue(long client, LocalDate issued, String total, Ticket... tickets) {
        return tx(() -> {
            InvoiceNumber n = stores.invoices().nextNumber(issued.getYear());
            Invoice draft = new Invoice(0, n, client, "ignored", issued, issued.plusDays(14), Money.usd(total),
                    Money.usd("0"), InvoiceStatus.ISSUED, TOKEN, at(issued.toEpochDay() - NOV_2.toEpochDay()), List.of());
            long id = stores.invoices().insert(draft, sam.id());
            int position = 1;
            for (Ticket t : tickets) {
                stores.invoices().insertLine(id, new InvoiceLine(position++, t.number(), t.title(), 60, 0,
                        Money.usd("90"), Money.usd("90")));
            }
            return stores.invoices().byNumber(n).orElseThrow();
        });
    }

    private Invoice issue(LocalDate issued, String total, Ticket... tickets) {
        return issue(acme, issued, total, tickets);
    }

    @Test
    void nextNumber_countsFromOnePerYear() {
        acme();

        List<InvoiceNumber> numbers = tx(() -> List.of(stores.invoices().nextNumber(2026), stores.invoices().nextNumber(2026),
                stores.invoices().nextNumber(2027)));

        assertThat(numbers).containsExactly(new InvoiceNumber(2026, 1), new InvoiceNumber(2026, 2), new InvoiceNumber(2027, 1));
    }

    @Test
    void anIssuedInvoice_isReadBackWithItsClientsNameAndItsLinesInOrder() {
        acme();
        Ticket a = closed(acme, "Printer", 60);
        Ticket b = closed(acme, "Router", 60);
        Invoice issued = issue(NOV_2, "180.00", a, b);

        Invoice read = tx(() -> stores.invoices().lockByNumber(issued.number()).orElseThrow());

        assertThat(read).isEqualTo(issued);
        assertThat(read.clientName()).isEqualTo("Acme");
        assertThat(read.lines()).extracting(InvoiceLine::ticket).containsExactly(a.number(), b.number());
        assertThat(read.lines().get(0)).isEqualTo(new InvoiceLine(1, a.number(), "Printer", 60, 0, Money.usd("90"),
                Money.usd("90")));
        assertThat(read.total()).isEqualTo(Money.usd("180.00"));
        assertThat(read.accessToken()).isEqualTo(TOKEN);
        assertThat(tx(() -> stores.invoices().byNumber(new InvoiceNumber(2026, 99)))).isEmpty();
        assertThat(tx(() -> stores.invoices().lockByNumber(new InvoiceNumber(2026, 99)))).isEmpty();
    }

    @Test
    void aTicket_isBilledOnce_andAnInvoiceNumberUsedOnce() {
        acme();
        Ticket a = closed(acme, "Printer", 60);
        Invoice first = issue(NOV_2, "90.00", a);

        assertThatThrownBy(() -> issue(NOV_2, "90.00", a)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> run(() -> stores.invoices().insert(first, sam.id()))).isInstanceOf(RuntimeException.class);
        assertThat(tx(() -> stores.invoices().invoiceOf(a.number()))).contains(first.number());
        assertThat(tx(() -> stores.invoices().list(null, 10))).hasSize(1);
    }

    @Test
    void billableTickets_areTheClosedBillableUnbilledTicketsOfTheClient_byNumber() {
        acme();
        long globex = organisation("Globex");
        Ticket withEstimate = closed(acme, "Printer", 200);
        long e = approvedEstimate(withEstimate, 120, "95.50");
        run(() -> {
            long extra = stores.overruns().request(withEstimate.number(), e, 30, at(40));
            stores.overruns().decide(extra, "APPROVED", alice.id(), at(41));
            stores.overruns().request(withEstimate.number(), e, 50, at(42));
        });
        Ticket withoutEstimate = closed(acme, "Router", 45);
        ticket(acme, alice, "Still open");
        Ticket free = closed(acme, "Free", 30);
        run(() -> stores.tickets().update(free.withBillable(false), at(70)));
        Ticket billed = closed(acme, "Billed", 60);
        issue(NOV_2, "90.00", billed);
        closed(globex, "Globex's", 60);

        List<BillableTicket> billable = tx(() -> stores.invoices().billableTickets(acme));

        assertThat(billable).containsExactly(
                new BillableTicket(withEstimate.number(), "Printer", 200, 150, new BigDecimal("95.50"), "USD"),
                new BillableTicket(withoutEstimate.number(), "Router", 45, -1, null, null));
    }

    @Test
    void unpaidForClient_isTheClientsInvoicesWithABalance_oldestDueFirst_withoutLines() {
        acme();
        long globex = organisation("Globex");
        Invoice later = issue(NOV_2.plusDays(3), "90.00", closed(acme, "A", 60));
        Invoice earlier = issue(NOV_2, "90.00", closed(acme, "B", 60));
        Invoice paid = issue(NOV_2, "90.00", closed(acme, "C", 60));
        run(() -> stores.invoices().updatePaid(paid.id(), Money.usd("90.00"), InvoiceStatus.PAID, at(10)));
        Invoice globexs = issue(globex, NOV_2, "90.00", closed(globex, "D", 60));

        assertThat(tx(() -> stores.invoices().unpaidForClient(acme))).containsExactly(earlier.withLines(List.of()),
                later.withLines(List.of()));
        assertThat(tx(() -> stores.invoices().unpaid())).extracting(Invoice::number)
                .containsExactly(earlier.number(), globexs.number(), later.number());
    }

    @Test
    void oldestOverdue_isDueBeforeTodayAndNotFullyPaid_andCarriesNoClientName() {
        acme();
        Invoice dueToday = issue(NOV_2.minusDays(14), "90.00", closed(acme, "A", 60));
        Invoice paidInFull = issue(NOV_2.minusDays(20), "90.00", closed(acme, "B", 60));
        run(() -> stores.invoices().updatePaid(paidInFull.id(), Money.usd("90.00"), InvoiceStatus.ISSUED, at(1)));
        Invoice partlyPaid = issue(NOV_2.minusDays(16), "90.00", closed(acme, "C", 60));
        run(() -> stores.invoices().updatePaid(partlyPaid.id(), Money.usd("40.00"), InvoiceStatus.OVERDUE, at(1)));
        issue(NOV_2.minusDays(15), "90.00", closed(acme, "D", 60));

        var overdue = tx(() -> stores.invoices().oldestOverdue(acme, NOV_2));

        assertThat(overdue).map(Invoice::number).contains(partlyPaid.number());
        assertThat(overdue).map(Invoice::clientName).contains("");
        assertThat(overdue).map(Invoice::paid).contains(Money.usd("40.00"));
        assertThat(tx(() -> stores.invoices().oldestOverdue(acme, NOV_2.minusDays(3)))).isEmpty();
        assertThat(dueToday.dueDate()).isEqualTo(NOV_2);
    }

    @Test
    void aPayment_changesWhatIsPaidAndTheStatus() {
        acme();
        Invoice i = issue(NOV_2, "90.00", closed(acme, "A", 60));

        run(() -> {
            stores.invoices().recordPayment(new dev.ticketops.app.port.Invoices.NewPayment(i.id(), Money.usd("90.00"),
                    PaymentMethod.WISE, "ref 1", NOV_2.minusDays(1), sam.id(), at(30), null));
            stores.invoices().updatePaid(i.id(), Money.usd("90.00"), InvoiceStatus.PAID, at(30));
        });

        Invoice after = tx(() -> stores.invoices().byNumber(i.number()).orElseThrow());
        assertThat(after.paid()).isEqualTo(Money.usd("90.00"));
        assertThat(after.status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(tx(() -> stores.invoices().unpaid())).isEmpty();
        var payments = tx(() -> stores.invoices().payments(i.id()));
        assertThat(payments).singleElement().satisfies(p -> {
            assertThat(p.method()).isEqualTo(PaymentMethod.WISE);
            assertThat(p.reference()).isEqualTo("ref 1");
            assertThat(p.paidOn()).isEqualTo(NOV_2.minusDays(1));
            assertThat(p.amount()).isEqualTo(Money.usd("90.00"));
        });
    }

    @Test
    void aPaymentFromZoho_isRecordedOncePerZohoId_withoutAPerson() {
        acme();
        Invoice i = issue(NOV_2, "90.00", closed(acme, "A", 60));
        run(() -> stores.invoices().recordPayment(new dev.ticketops.app.port.Invoices.NewPayment(i.id(), Money.usd("10.00"),
                PaymentMethod.of("bank"), "Z-REF", NOV_2, null, at(30), "zp-1")));
        assertThat(tx(() -> stores.invoices().knowsZohoPayment("zp-1"))).isTrue();
        assertThat(tx(() -> stores.invoices().knowsZohoPayment("zp-2"))).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(() -> stores.invoices().recordPayment(
                new dev.ticketops.app.port.Invoices.NewPayment(i.id(), Money.usd("10.00"), PaymentMethod.of("bank"), null,
                        NOV_2, null, at(31), "zp-1"))));
        assertThat(tx(() -> stores.invoices().payments(i.id()))).hasSize(1)
                .first().extracting(p -> p.method().label()).isEqualTo("Bank transfer");
    }

    @Test
    void markOverdue_marksIssuedInvoicesPastDueWithABalance_once() {
        acme();
        Invoice pastDue = issue(NOV_2.minusDays(20), "90.00", closed(acme, "A", 60));
        Invoice dueToday = issue(NOV_2.minusDays(14), "90.00", closed(acme, "B", 60));
        Invoice paidUp = issue(NOV_2.minusDays(20), "90.00", closed(acme, "C", 60));
        run(() -> stores.invoices().updatePaid(paidUp.id(), Money.usd("90.00"), InvoiceStatus.ISSUED, at(1)));

        int first = tx(() -> stores.invoices().markOverdue(NOV_2));
        int second = tx(() -> stores.invoices().markOverdue(NOV_2));

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        assertThat(tx(() -> stores.invoices().byNumber(pastDue.number()).orElseThrow().status())).isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(tx(() -> stores.invoices().byNumber(dueToday.number()).orElseThrow().status())).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(tx(() -> stores.invoices().byNumber(paidUp.number()).orElseThrow().status())).isEqualTo(InvoiceStatus.ISSUED);
    }

    @Test
    void recordReminder_oncePerInvoiceAndDay() {
        acme();
        Invoice i = issue(NOV_2, "90.00", closed(acme, "A", 60));

        boolean first = tx(() -> stores.invoices().recordReminder(i.id(), NOV_2, "BEFORE_DUE", at(1)));
        boolean sameDay = tx(() -> stores.invoices().recordReminder(i.id(), NOV_2, "DUE_TODAY", at(2)));
        boolean nextDay = tx(() -> stores.invoices().recordReminder(i.id(), NOV_2.plusDays(1), "OVERDUE", at(3)));

        assertThat(first).isTrue();
        assertThat(sameDay).isFalse();
        assertThat(nextDay).isTrue();
    }

    @Test
    void list_isNewestFirst_forOneClientOrAll_upToTheLimit() {
        acme();
        long globex = organisation("Globex");
        Invoice a1 = issue(NOV_2, "90.00", closed(acme, "A", 60));
        Invoice g1 = issue(globex, NOV_2, "90.00", closed(globex, "G", 60));
        Invoice a2 = issue(NOV_2, "90.00", closed(acme, "B", 60));

        assertThat(tx(() -> stores.invoices().list(null, 10))).extracting(Invoice::number)
                .containsExactly(a2.number(), g1.number(), a1.number());
        assertThat(tx(() -> stores.invoices().list(acme, 10))).extracting(Invoice::number)
                .containsExactly(a2.number(), a1.number());
        assertThat(tx(() -> stores.invoices().list(null, 1))).extracting(Invoice::clientName).containsExactly("Acme");
    }

    @Test
    void issuedBetween_isHalfOpen_inIssueOrder_forOneClientOrAll() {
        acme();
        long globex = organisation("Globex");
        Invoice before = issue(NOV_2.minusDays(1), "90.00", closed(acme, "A", 60));
        Invoice first = issue(NOV_2, "90.00", closed(acme, "B", 60));
        Invoice globexs = issue(globex, NOV_2.plusDays(1), "90.00", closed(globex, "G", 60));
        Invoice atEnd = issue(NOV_2.plusDays(2), "90.00", closed(acme, "C", 60));

        assertThat(tx(() -> stores.invoices().issuedBetween(first.issuedAt(), atEnd.issuedAt(), null)))
                .extracting(Invoice::number).containsExactly(first.number(), globexs.number());
        assertThat(tx(() -> stores.invoices().issuedBetween(before.issuedAt(), atEnd.issuedAt(), acme)))
                .extracting(Invoice::number).containsExactly(before.number(), first.number());
    }

    @Test
    void export_givesOneRowPerLineOfTheInvoicesIssuedInTheRange_withTheInvoicesOwnTerm_notTheClientsCurrentOne() {
        acme();
        run(() -> stores.clients().updateTerms(acme, new StoredTerms(null, null, 30, "ap@acme.test", null)));
        long globex = organisation("Globex");
        Ticket a = closed(acme, "A", 60);
        Ticket b = closed(acme, "B", 60);
        Invoice acmes = issue(NOV_2, "180.00", a, b);
        Invoice globexs = issue(globex, NOV_2.plusDays(5), "90.00", closed(globex, "G", 60));
        issue(NOV_2.plusDays(6), "90.00", closed(acme, "Later", 60));

        List<Invoices.InvoiceExportRow> rows = tx(() -> stores.invoices().export(NOV_2, NOV_2.plusDays(5)));

        assertThat(rows).extracting(r -> r.invoice().number() + " " + r.line().position() + " " + r.line().ticket()
                        + " " + r.billingContact() + " " + r.paymentTermDays())
                .containsExactly(acmes.number() + " 1 " + a.number() + " ap@acme.test 14",
                        acmes.number() + " 2 " + b.number() + " ap@acme.test 14",
                        globexs.number() + " 1 " + globexs.lines().get(0).ticket() + " null 14");
        assertThat(rows.get(0).invoice()).isEqualTo(new Invoice(0, acmes.number(), 0, "Acme", NOV_2, NOV_2.plusDays(14),
                Money.usd("180.00"), Money.usd("0"), InvoiceStatus.ISSUED, null, null, List.of()));
    }

    @Test
    void exportTime_givesTheEntriesLoggedInTheRange_withTicketClientPersonAndInvoice() {
        acme();
        Ticket billed = closed(acme, "Billed", 0);
        Ticket open = ticket(acme, alice, "Open");
        Invoice i = issue(NOV_2, "90.00", billed);
        long inRange = tx(() -> stores.timeEntries().insert(new TimeEntry(0, billed.number(), sam.id(), null,
                new WorkDuration(60), "fixed", at(10))));
        long second = tx(() -> stores.timeEntries().insert(new TimeEntry(0, open.number(), alice.id(), null,
                new WorkDuration(15), null, at(20))));
        tx(() -> stores.timeEntries().insert(new TimeEntry(0, open.number(), sam.id(), null, new WorkDuration(5), null,
                at(30))));

        List<Invoices.TimeExportRow> rows = tx(() -> stores.invoices().exportTime(at(10), at(30)));

        assertThat(rows).containsExactly(
                new Invoices.TimeExportRow(inRange, at(10), billed.number().value(), "Billed", "Acme", sam.displayName(),
                        60, "fixed", true, i.number().toString()),
                new Invoices.TimeExportRow(second, at(20), open.number().value(), "Open", "Acme", alice.displayName(),
                        15, null, true, null));
        assertThat(tx(() -> stores.invoices().invoiceOf(open.number()))).isEmpty();
    }
}
