package dev.ticketops.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Every invoice line reads so that the shown time × the shown rate = the shown amount, exactly — checked by reading the
 * text back, as a client with a calculator would, over random minutes and rates. Where no amount in cents can be exact
 * (7 minutes at $10/hr is $1.1666…), the line says "≈" and is off by less than half a cent.
 */
class LineArithmeticPropertiesTest {
    static final Pattern LINE = Pattern.compile("(?<qty>.+?) x \\$(?<rate>[0-9.]+)/hr (?<op>[=≈]) \\$(?<amount>[0-9.]+)(?<tail>.*)");
    static final Pattern DECIMAL = Pattern.compile("(\\d+\\.\\d{1,2}) hours");
    static final Pattern HOURS_MINUTES = Pattern.compile("(?:(\\d+) h)?\\s?(?:(\\d+) min)?");

    /** The time a line shows, in minutes: hours × 60 (exact, or the test fails). */
    static BigDecimal shownMinutes(String qty) {
        Matcher d = DECIMAL.matcher(qty);
        if (d.matches()) {
            return new BigDecimal(d.group(1)).multiply(BigDecimal.valueOf(60));
        }
        Matcher hm = HOURS_MINUTES.matcher(qty);
        assertThat(hm.matches()).as("a time: " + qty).isTrue();
        long minutes = (hm.group(1) == null ? 0 : Long.parseLong(hm.group(1)) * 60) + (hm.group(2) == null ? 0 : Long.parseLong(hm.group(2)));
        return BigDecimal.valueOf(minutes);
    }

    static InvoiceLine line(int position, int minutes, int rateCents) {
        return InvoiceLine.price(position, TicketNumber.of(100 + position), "Work " + position, minutes, -1,
                new Money(BigDecimal.valueOf(rateCents, 2), "USD"));
    }

    static void checkReadsRight(InvoiceLine l, LineForm form) {
        String arithmetic = l.arithmetic(form);
        Matcher m = LINE.matcher(arithmetic);
        assertThat(m.matches()).as(arithmetic).isTrue();
        BigDecimal minutes = shownMinutes(m.group("qty"));
        BigDecimal rate = new BigDecimal(m.group("rate"));
        BigDecimal amount = new BigDecimal(m.group("amount"));
        // the time shown is the time billed, to the minute
        assertThat(minutes).isEqualByComparingTo(BigDecimal.valueOf(l.billedMinutes()));
        assertThat(rate).isEqualByComparingTo(l.rate().amount());
        assertThat(amount).isEqualByComparingTo(l.amount().amount());
        if (m.group("op").equals("=")) {
            // hours × rate = amount, i.e. minutes × rate = amount × 60, in exact decimals
            assertThat(minutes.multiply(rate)).as(arithmetic).isEqualByComparingTo(amount.multiply(BigDecimal.valueOf(60)));
        } else {
            // no cent amount is exact: the line says so, and rounds half-up
            assertThat(l.exact()).isFalse();
            assertThat(minutes.multiply(rate).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)).as(arithmetic)
                    .isEqualByComparingTo(amount);
            assertThat(minutes.multiply(rate).remainder(BigDecimal.valueOf(60)).signum()).as("really inexact").isNotZero();
            assertThat(m.group("tail")).contains("rounded to the cent");
        }
    }

    @Property(tries = 1000)
    void everyLineOfAnInvoice_readsExactly_inOneFormForTheWholeInvoice(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 1, max = 6000) Integer> minutes,
            @ForAll @IntRange(min = 1, max = 50000) int rateCents) {
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 0; i < minutes.size(); i++) {
            lines.add(line(i + 1, minutes.get(i), rateCents));
        }
        LineForm form = LineForm.of(lines);
        for (InvoiceLine l : lines) {
            checkReadsRight(l, form);
        }
        // one form: never "2.0 hours" beside "0.75 hours" or "1 h 20 min"
        List<String> quantities = lines.stream().map(l -> l.quantity(form)).toList();
        assertThat(quantities).allMatch(q -> form == LineForm.HOURS_MINUTES ? !q.contains("hours")
                : q.matches("\\d+\\.\\d{" + (form == LineForm.TENTHS ? 1 : 2) + "} hours"));
    }

    @Property(tries = 1000)
    void atTheAgencysRate_everyMinuteCountIsExact(@ForAll @IntRange(min = 1, max = 6000) int minutes) {
        InvoiceLine l = line(1, minutes, 1200);
        assertThat(l.exact()).isTrue();
        checkReadsRight(l, LineForm.of(List.of(l)));
        assertThat(l.arithmetic(LineForm.of(List.of(l)))).doesNotContain("≈");
    }

    @Property(tries = 500)
    void zohosQuantityTimesPrice_isTheAmount(@ForAll @IntRange(min = 1, max = 6000) int minutes,
                                             @ForAll @IntRange(min = 1, max = 50000) int rateCents) {
        InvoiceLine l = line(1, minutes, rateCents);
        var p = l.unitPricing();
        assertThat(p.quantity().scale()).isLessThanOrEqualTo(2);
        assertThat(p.quantity().multiply(p.price())).isEqualByComparingTo(l.amount().amount());
    }

    @Example
    void theSeedsForm_isKeptWhereTheMinutesAllowIt() {
        InvoiceLine seed = InvoiceLine.price(1, TicketNumber.of(152), "Checkout bug fix", 120, -1, Money.usd("12"));
        assertThat(seed.text()).isEqualTo("Ticket #152 – Checkout bug fix  2.0 hours x $12/hr = $24");
        InvoiceLine third = InvoiceLine.price(1, TicketNumber.of(3), "VPN", 20, -1, Money.usd("12"));
        assertThat(third.text()).isEqualTo("Ticket #3 – VPN  20 min x $12/hr = $4.00");
        InvoiceLine eighty = InvoiceLine.price(1, TicketNumber.of(4), "Fix", 80, -1, Money.usd("12"));
        assertThat(eighty.text()).isEqualTo("Ticket #4 – Fix  1 h 20 min x $12/hr = $16.00");
        InvoiceLine quarter = InvoiceLine.price(1, TicketNumber.of(5), "Fix", 45, -1, Money.usd("12"));
        assertThat(quarter.text()).isEqualTo("Ticket #5 – Fix  0.75 hours x $12/hr = $9");
        InvoiceLine seven = InvoiceLine.price(1, TicketNumber.of(6), "Fix", 7, -1, Money.usd("10"));
        assertThat(seven.text()).isEqualTo("Ticket #6 – Fix  7 min x $10/hr ≈ $1.17 (rounded to the cent)");
    }

    @Example
    void mixedMinutes_putEveryLineOfTheInvoiceInTheFormAllAllow() {
        List<InvoiceLine> lines = List.of(line(1, 120, 1200), line(2, 45, 1200));
        assertThat(LineForm.of(lines)).isEqualTo(LineForm.HUNDREDTHS);
        assertThat(lines.get(0).text(LineForm.of(lines))).contains("2.00 hours x $12/hr = $24");
        List<InvoiceLine> withOdd = List.of(line(1, 120, 1200), line(2, 80, 1200));
        assertThat(withOdd.get(0).text(LineForm.of(withOdd))).contains("2 h x $12/hr = $24.00");
    }
}
