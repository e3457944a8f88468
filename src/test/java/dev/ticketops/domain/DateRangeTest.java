package dev.ticketops.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Export ranges: the same rule for HTTP and the command line. */
class DateRangeTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 17);

    static String refusal(Result<DateRange> r) {
        return r instanceof Result.Refused<DateRange> x ? x.reason() + " " + x.hint().plain() : "accepted";
    }

    @Test
    void defaults_areTheMonthSoFar() {
        assertThat(DateRange.parse(null, null, TODAY).orElseThrow()).isEqualTo(new DateRange(LocalDate.of(2026, 11, 1), TODAY));
    }

    @Test
    void reversedRanges_yearsBeyond9999AndNonDates_areRefusedWithTheReason() {
        assertThat(refusal(DateRange.parse("2026-12-01", "2026-11-01", TODAY))).contains("from (2026-12-01) is after to (2026-11-01)");
        assertThat(refusal(DateRange.parse("2026-01-01", "+10000-01-01", TODAY))).contains("between 1000-01-01 and 9999-12-31");
        assertThat(refusal(DateRange.parse("+10000-01-01", null, TODAY))).contains("between 1000-01-01 and 9999-12-31");
        assertThat(refusal(DateRange.parse("0999-12-31", "2026-01-01", TODAY))).contains("between 1000-01-01 and 9999-12-31");
        assertThat(refusal(DateRange.parse("yesterday", null, TODAY))).contains("dates like 2026-11-01");
        assertThat(refusal(DateRange.parse("9999-12-31", "9999-12-31", TODAY))).isEqualTo("accepted");
    }
}
