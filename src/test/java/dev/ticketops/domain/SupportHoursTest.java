package dev.ticketops.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Support hours and response targets: weekends, holidays, daylight saving, arrival out of hours, around the clock. */
class SupportHoursTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final SupportHours WEEKDAYS = SupportHours.parse("Mon-Fri 09:00-18:00", BERLIN, Set.of()).orElseThrow();

    static Instant berlin(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), BERLIN).toInstant();
    }

    static ResponseTarget target(String text) {
        return ResponseTarget.parse(text).orElseThrow();
    }

    @Test
    void aTargetInsideOneDay_isPlainTime() {
        assertThat(target("4h").deadline(berlin("2026-11-02T10:00"), WEEKDAYS)).isEqualTo(berlin("2026-11-02T14:00"));
        assertThat(WEEKDAYS.isOpen(berlin("2026-11-02T09:00"))).isTrue();
        assertThat(WEEKDAYS.isOpen(berlin("2026-11-02T18:00"))).isFalse();
    }

    @Test
    void aTicketOpenedOnFridayAfternoon_isDueOnMonday_acrossTheWeekend() {
        // 2 h left on Friday, 2 h on Monday
        assertThat(target("4h").deadline(berlin("2026-11-06T16:00"), WEEKDAYS)).isEqualTo(berlin("2026-11-09T11:00"));
        assertThat(WEEKDAYS.between(berlin("2026-11-06T16:00"), berlin("2026-11-09T11:00"))).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void aTicketOpenedOutOfHours_startsCountingAtTheNextOpening() {
        Instant saturdayNight = berlin("2026-11-07T23:10");
        assertThat(WEEKDAYS.isOpen(saturdayNight)).isFalse();
        assertThat(WEEKDAYS.nextOpening(saturdayNight)).isEqualTo(berlin("2026-11-09T09:00"));
        assertThat(target("4h").deadline(saturdayNight, WEEKDAYS)).isEqualTo(berlin("2026-11-09T13:00"));
        assertThat(target("4h").deadline(berlin("2026-11-03T06:30"), WEEKDAYS)).isEqualTo(berlin("2026-11-03T13:00"));
        // a whole business day from the evening ends at the next day's closing
        assertThat(target("1 business day").deadline(berlin("2026-11-03T19:00"), WEEKDAYS)).isEqualTo(berlin("2026-11-04T18:00"));
        assertThat(target("1 business day").deadline(berlin("2026-11-03T12:00"), WEEKDAYS)).isEqualTo(berlin("2026-11-04T12:00"));
    }

    @Test
    void holidays_haveNoSupportHours() {
        SupportHours christmas = SupportHours.parse("Mon-Fri 09:00-18:00", BERLIN,
                Set.of(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25"))).orElseThrow();
        // Wednesday 23rd, 16:00: 2 h that day, Thursday and Friday are holidays, 2 h on Monday the 28th
        assertThat(target("4h").deadline(berlin("2026-12-23T16:00"), christmas)).isEqualTo(berlin("2026-12-28T11:00"));
        assertThat(target("4h").deadline(berlin("2026-12-23T16:00"), WEEKDAYS)).isEqualTo(berlin("2026-12-24T11:00"));
    }

    @Test
    void daylightSavingChanges_moveTheHoursWithTheWallClock() {
        // Berlin leaves summer time on Sunday 25 Oct 2026: Friday 09:00 is 07:00 UTC, Monday 09:00 is 08:00 UTC
        Instant fridayAfternoon = berlin("2026-10-23T16:00");
        Instant due = target("4h").deadline(fridayAfternoon, WEEKDAYS);
        assertThat(due).isEqualTo(berlin("2026-10-26T11:00")).isEqualTo(Instant.parse("2026-10-26T10:00:00Z"));
        // spring forward (29 Mar 2026): a 24/7 schedule loses the missing hour
        SupportHours always = SupportHours.parse("Mon-Sun 00:00-24:00", BERLIN, Set.of()).orElseThrow();
        assertThat(always.between(berlin("2026-03-29T00:00"), berlin("2026-03-30T00:00"))).isEqualTo(Duration.ofHours(23));
        assertThat(WEEKDAYS.nextOpening(Instant.parse("2026-03-29T12:00:00Z"))).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
    }

    @Test
    void urgentTargets_countAroundTheClock() {
        ResponseTarget urgent = target("1h").roundTheClock();
        Instant saturdayNight = berlin("2026-11-07T23:10");
        assertThat(urgent.deadline(saturdayNight, WEEKDAYS)).isEqualTo(berlin("2026-11-08T00:10"));
        assertThat(urgent.used(saturdayNight, berlin("2026-11-07T23:58"), WEEKDAYS)).isEqualTo(0.8);
        SupportClock clock = SupportClock.defaults(BERLIN);
        assertThat(clock.targets(saturdayNight, true, null, null).firstResponse().due()).isEqualTo(berlin("2026-11-08T00:10"));
        assertThat(clock.targets(saturdayNight, false, null, null).firstResponse().due()).isEqualTo(berlin("2026-11-09T13:00"));
    }

    @Test
    void theShareUsed_countsSupportHoursOnly() {
        ResponseTarget four = target("4h");
        Instant opened = berlin("2026-11-06T16:00");
        assertThat(four.used(opened, berlin("2026-11-06T18:00"), WEEKDAYS)).isEqualTo(0.5);
        assertThat(four.used(opened, berlin("2026-11-08T12:00"), WEEKDAYS)).isEqualTo(0.5);
        assertThat(four.used(opened, berlin("2026-11-09T10:12"), WEEKDAYS)).isEqualTo(0.8);
    }

    @Test
    void schedulesAndTargets_thatDoNotRead_areRejected() {
        assertThat(SupportHours.parse("Mon-Fri 9-6pm", BERLIN, Set.of())).isEmpty();
        assertThat(SupportHours.parse("Fri-Mon 09:00-18:00", BERLIN, Set.of())).isEmpty();
        assertThat(SupportHours.parse("Mon-Fri 18:00-09:00", BERLIN, Set.of())).isEmpty();
        assertThat(SupportHours.parse("Mon-Thu 09:00-17:00; Fri 09:00-13:00", BERLIN, Set.of())).isPresent();
        assertThat(SupportHours.parse("Mon,Wed 08:30-12:00", BERLIN, Set.of()).orElseThrow().businessDay()).isEqualTo(Duration.ofMinutes(210));
        assertThat(ResponseTarget.parse("soon")).isEmpty();
        assertThat(ResponseTarget.parse("0 business days")).isEmpty();
        assertThat(ResponseTarget.parse("2 business days").orElseThrow().length(WEEKDAYS)).isEqualTo(Duration.ofHours(18));
    }

    @Test
    void timerSpans_readShort() {
        assertThat(RunningTimer.span(35)).isEqualTo("35 min");
        assertThat(RunningTimer.span(80)).isEqualTo("1 h 20 min");
        assertThat(RunningTimer.span(120)).isEqualTo("2 h");
        assertThat(RunningTimer.span(76 * 60)).isEqualTo("3 d 4 h");
    }
}
