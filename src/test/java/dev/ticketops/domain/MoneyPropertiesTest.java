package dev.ticketops.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ticketops.support.Hints;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * Prices and the payment calendar, checked against arithmetic done independently (whole cents, day counts). Invoice
 * totals and due dates as issued and stored are checked in {@code app.InvoiceIssuingTest} and
 * {@code app.InvoicePropertiesTest}.
 */
class MoneyPropertiesTest {

    @Property
    void aLineCosts_minutesTimesRateOver60_roundedHalfUpToTheCent(@ForAll @IntRange(min = 0, max = 12000) int minutes,
                                                                  @ForAll @IntRange(min = 1, max = 50_000) int rateCents) {
        Money rate = new Money(BigDecimal.valueOf(rateCents, 2), "USD");

        InvoiceLine l = InvoiceLine.price(1, TicketNumber.of(1), "t", minutes, -1, rate);

        long expectedCents = (rateCents * (long) minutes + 30) / 60;
        assertThat(l.amount()).isEqualTo(new Money(BigDecimal.valueOf(expectedCents, 2), "USD"));
        assertThat(l.amount().amount().scale()).isEqualTo(2);
    }

    @Property
    void aCapBillsNoMoreThanTheApprovedMaximum(@ForAll @IntRange(min = 0, max = 12000) int actual,
                                               @ForAll @IntRange(min = 0, max = 12000) int cap) {
        InvoiceLine l = InvoiceLine.price(1, TicketNumber.of(1), "t", actual, cap, Money.usd("12.00"));
        assertThat(l.billedMinutes()).isEqualTo(Math.min(actual, cap));
        assertThat(l.billedMinutes() + l.unapprovedMinutes()).isEqualTo(actual);
        assertThat(l.amount()).isEqualTo(Money.usd("12.00").forMinutes(Math.min(actual, cap)));
    }

    @Test
    void theSeedsLine_readsAsTheAgencyWritesIt() {
        InvoiceLine l = InvoiceLine.price(1, TicketNumber.of(152), "Checkout bug fix", 120, -1, Money.usd("12"));
        assertThat(l.text()).isEqualTo("Ticket #152 – Checkout bug fix  2.0 hours x $12/hr = $24");
        assertThat(InvoiceLine.price(1, TicketNumber.of(7), "x", 80, -1, Money.usd("12")).amount().display()).isEqualTo("$16.00");
        assertThat(InvoiceLine.price(1, TicketNumber.of(7), "x", 90, 60, Money.usd("12.50")).text())
                .isEqualTo("Ticket #7 – x  1.0 hours x $12.50/hr = $12.50  (+30 min over estimate, not approved, not billed)");
    }

    @Test
    void amountsOfDifferentCurrencies_neverMix() {
        Money usd = Money.usd("10.00");
        Money eur = Money.of("10.00", "EUR");

        assertThatThrownBy(() -> usd.plus(eur)).isInstanceOf(IllegalArgumentException.class).hasMessage("cannot mix USD and EUR");
        assertThatThrownBy(() -> usd.minus(eur)).isInstanceOf(IllegalArgumentException.class).hasMessage("cannot mix USD and EUR");
        assertThatThrownBy(() -> usd.compareTo(eur)).isInstanceOf(IllegalArgumentException.class).hasMessage("cannot mix USD and EUR");
        assertThat(usd.minus(Money.usd("2.50"))).isEqualTo(Money.usd("7.50"));
        assertThat(usd.compareTo(Money.usd("10"))).isZero();
        assertThat(usd.compareTo(Money.usd("10.01"))).isNegative();
        assertThat(usd.compareTo(Money.usd("9.99"))).isPositive();
    }

    // --- the payment calendar ---

    private static Invoice invoice(LocalDate due, String total, String paid) {
        return new Invoice(1, new InvoiceNumber(2027, 1), 1, "c", due.minusDays(7), due, Money.usd(total),
                Money.usd(paid), InvoiceStatus.ISSUED, "tok", null, List.of());
    }

    @Test
    void overdue_startsTheDayAfterTheDueDate_andOnlyWithABalance() {
        Invoice dec = invoice(LocalDate.of(2027, 1, 4), "10", "0");

        assertThat(dec.isOverdue(LocalDate.of(2027, 1, 4))).isFalse();
        assertThat(dec.isOverdue(LocalDate.of(2027, 1, 5))).isTrue();
        assertThat(invoice(LocalDate.of(2027, 1, 4), "10", "10").isOverdue(LocalDate.of(2027, 2, 1))).isFalse();
        assertThat(invoice(LocalDate.of(2027, 1, 4), "10", "9.99").isOverdue(LocalDate.of(2027, 1, 5))).isTrue();
    }

    /** The day before, on the day, then every {@code every} days after, while a balance is left; never otherwise. */
    @Property
    void theReminderSchedule_overArbitraryDueDates(@ForAll @LongRange(min = 0, max = 40_000) long dueEpochDay,
                                                  @ForAll @IntRange(min = -40, max = 400) int offset,
                                                  @ForAll @IntRange(min = 1, max = 14) int every,
                                                  @ForAll boolean paidUp) {
        LocalDate due = LocalDate.ofEpochDay(dueEpochDay);
        LocalDate today = due.plusDays(offset);
        Invoice i = invoice(due, "100.00", paidUp ? "100.00" : "40.00");

        Optional<BillingPolicy.ReminderKind> kind = BillingPolicy.reminderFor(i, today, every);

        long daysAfterDue = ChronoUnit.DAYS.between(due, today);
        Optional<BillingPolicy.ReminderKind> expected = paidUp ? Optional.empty()
                : daysAfterDue == -1 ? Optional.of(BillingPolicy.ReminderKind.BEFORE_DUE)
                : daysAfterDue == 0 ? Optional.of(BillingPolicy.ReminderKind.DUE_TODAY)
                : daysAfterDue > 0 && daysAfterDue % every == 0 ? Optional.of(BillingPolicy.ReminderKind.OVERDUE)
                : Optional.empty();
        assertThat(kind).isEqualTo(expected);
    }

    @Property
    void theOverduePause_namesTheOldestOverdueInvoice_unlessOverridden(@ForAll @IntRange(min = 1, max = 60) int daysLate,
                                                                     @ForAll @IntRange(min = 1, max = 60) int otherDaysLate,
                                                                     @ForAll boolean overridden) {
        LocalDate today = LocalDate.of(2027, 3, 1);
        Invoice a = new Invoice(1, new InvoiceNumber(2027, 1), 1, "c", today.minusDays(90), today.minusDays(daysLate),
                Money.usd("10"), Money.usd("0"), InvoiceStatus.OVERDUE, "tok", null, List.of());
        Invoice b = new Invoice(2, new InvoiceNumber(2027, 2), 1, "c", today.minusDays(90), today.minusDays(otherDaysLate),
                Money.usd("20"), Money.usd("5"), InvoiceStatus.OVERDUE, "tok", null, List.of());

        Optional<Refusal> r = BillingPolicy.overdueBlocks(List.of(a, b), today, "logging time on #7", overridden);

        if (overridden) {
            assertThat(r).isEmpty();
        } else {
            Invoice oldest = daysLate >= otherDaysLate ? a : b;
            assertThat(r).get().extracting(Refusal::reason).asString()
                    .isEqualTo("New work is paused: invoice " + oldest.number() + " for " + oldest.balance().display() + " was due on "
                            + oldest.dueDate() + " and is unpaid, so logging time on #7 has to wait.");
            assertThat(Hints.slack(r.get().hint())).contains("Wise", "PayPal", "/invoice override #N <reason>");
        }
    }

    @Test
    void theBalance_addsOnlyUnpaidAmountsInTheAskedCurrency() {
        LocalDate due = LocalDate.of(2027, 1, 4);
        Invoice eur = new Invoice(3, new InvoiceNumber(2027, 3), 1, "c", due, due, Money.of("50", "EUR"), Money.of("0", "EUR"),
                InvoiceStatus.ISSUED, "tok", null, List.of());

        Money balance = BillingPolicy.balance(List.of(invoice(due, "10", "2.50"), invoice(due, "20", "0"), eur), "USD");

        assertThat(balance).isEqualTo(Money.usd("27.50"));
        assertThat(BillingPolicy.balance(List.of(), "USD")).isEqualTo(Money.usd("0"));
    }
}
