package dev.ticketops.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class MoneyPropertiesTest {

    @Property
    void lineAmountsSumToTheTotal_andEveryAmountHasTwoDecimals(
            @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 1, max = 12000) Integer> minutes,
            @ForAll @BigRange(min = "0.01", max = "500.00") BigDecimal rawRate) {
        Money rate = new Money(rawRate.setScale(2, java.math.RoundingMode.DOWN).max(new BigDecimal("0.01")), "USD");
        List<InvoiceLine> lines = new ArrayList<>();
        Money total = Money.zero("USD");
        for (int m : minutes) {
            InvoiceLine l = InvoiceLine.price(lines.size() + 1, TicketNumber.of(lines.size() + 1), "t", m, -1, rate);
            lines.add(l);
            total = total.plus(l.amount());
        }
        BigDecimal sum = lines.stream().map(l -> l.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total.amount()).isEqualByComparingTo(sum);
        assertThat(total.amount().scale()).isEqualTo(2);
        for (InvoiceLine l : lines) {
            assertThat(l.amount().amount().scale()).isEqualTo(2);
            // minutes x rate / 60, half-up to the cent: never more than half a cent away from the exact value
            BigDecimal exact = rate.amount().multiply(BigDecimal.valueOf(l.billedMinutes())).divide(BigDecimal.valueOf(60), 10,
                    java.math.RoundingMode.HALF_UP);
            assertThat(l.amount().amount().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
        }
    }

    @Property
    void aCapBillsNoMoreThanTheApprovedMaximum(@ForAll @IntRange(min = 0, max = 12000) int actual,
                                               @ForAll @IntRange(min = 0, max = 12000) int cap) {
        InvoiceLine l = InvoiceLine.price(1, TicketNumber.of(1), "t", actual, cap, Money.usd("12.00"));
        assertThat(l.billedMinutes()).isEqualTo(Math.min(actual, cap));
        assertThat(l.billedMinutes() + l.unapprovedMinutes()).isEqualTo(actual);
    }

    @Test
    void theSeedsLine_readsAsTheAgencyWritesIt() {
        InvoiceLine l = InvoiceLine.price(1, TicketNumber.of(152), "Checkout bug fix", 120, -1, Money.usd("12"));
        assertThat(l.text()).isEqualTo("Ticket #152 – Checkout bug fix    2.0 hours x $12/hr = $24.00");
        assertThat(InvoiceLine.price(1, TicketNumber.of(7), "x", 80, -1, Money.usd("12")).amount().display()).isEqualTo("$16.00");
    }

    @Test
    void dueDates_acrossMonthAndYearEnds() {
        Invoice dec = invoice(LocalDate.of(2026, 12, 28), 7);
        assertThat(dec.dueDate()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(invoice(LocalDate.of(2027, 1, 31), 7).dueDate()).isEqualTo(LocalDate.of(2027, 2, 7));
        assertThat(invoice(LocalDate.of(2028, 2, 25), 7).dueDate()).isEqualTo(LocalDate.of(2028, 3, 3));
        assertThat(invoice(LocalDate.of(2027, 2, 25), 7).dueDate()).isEqualTo(LocalDate.of(2027, 3, 4));
        assertThat(dec.isOverdue(LocalDate.of(2027, 1, 4))).isFalse();
        assertThat(dec.isOverdue(LocalDate.of(2027, 1, 5))).isTrue();
        assertThat(BillingPolicy.reminderFor(dec, LocalDate.of(2027, 1, 3), 3)).contains(BillingPolicy.ReminderKind.BEFORE_DUE);
        assertThat(BillingPolicy.reminderFor(dec, LocalDate.of(2027, 1, 7), 3)).contains(BillingPolicy.ReminderKind.OVERDUE);
        assertThat(BillingPolicy.reminderFor(dec, LocalDate.of(2027, 1, 8), 3)).isEmpty();
    }

    private static Invoice invoice(LocalDate issued, int term) {
        return new Invoice(1, new InvoiceNumber(issued.getYear(), 1), 1, "c", issued, issued.plusDays(term), Money.usd("10"),
                Money.usd("0"), InvoiceStatus.ISSUED, "tok", null, List.of());
    }
}
