package dev.ticketops.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ticketops.domain.SupportClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The support clock's variables: defaults, what they read as, and one line naming the variable when they do not. */
class SupportClockConfigTest {
    @Test
    void defaults_areTheIssuesPolicy_inTheAgencysZone() {
        SupportClock c = Config.fromEnv(Map.of("DIGEST_ZONE", "Europe/Berlin")).supportClock();
        assertThat(c.hours().describe()).isEqualTo("Mon-Fri 09:00-18:00 (Europe/Berlin)");
        assertThat(c.hours().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(c.firstResponse().time()).isEqualTo(Duration.ofHours(4));
        assertThat(c.estimate().businessDays()).isOne();
        assertThat(c.urgentFirstResponse().time()).isEqualTo(Duration.ofHours(1));
        assertThat(c.urgentFirstResponse().aroundTheClock()).isTrue();
        assertThat(c.timerWarnAfter()).isEqualTo(Duration.ofHours(4));
        assertThat(c.approvalReminderDays()).isEqualTo(3);
        assertThat(c.autoCloseDays()).isEqualTo(14);
        assertThat(Config.variables()).contains("TIMER_WARN_HOURS", "SUPPORT_HOURS", "SUPPORT_HOLIDAYS", "FIRST_RESPONSE_TARGET",
                "ESTIMATE_TARGET", "URGENT_FIRST_RESPONSE_TARGET", "APPROVAL_REMINDER_DAYS", "AUTO_CLOSE_DAYS");
    }

    @Test
    void setValues_areRead() {
        SupportClock c = Config.fromEnv(Map.of("SUPPORT_HOURS", "Mon-Thu 08:00-16:00; Fri 08:00-12:00",
                "SUPPORT_HOLIDAYS", "2026-12-24, 2026-12-25", "FIRST_RESPONSE_TARGET", "2 business days",
                "ESTIMATE_TARGET", "90m", "URGENT_FIRST_RESPONSE_TARGET", "30m", "TIMER_WARN_HOURS", "2",
                "APPROVAL_REMINDER_DAYS", "5", "AUTO_CLOSE_DAYS", "0")).supportClock();
        assertThat(c.hours().holidays()).containsExactlyInAnyOrder(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25"));
        assertThat(c.hours().isOpen(Instant.parse("2026-11-06T13:00:00Z"))).isFalse();
        assertThat(c.hours().isOpen(Instant.parse("2026-11-05T13:00:00Z"))).isTrue();
        assertThat(c.firstResponse().businessDays()).isEqualTo(2);
        assertThat(c.estimate().time()).isEqualTo(Duration.ofMinutes(90));
        assertThat(c.urgentFirstResponse().time()).isEqualTo(Duration.ofMinutes(30));
        assertThat(c.timerWarnAfter()).isEqualTo(Duration.ofHours(2));
        assertThat(c.autoCloseDays()).isZero();
    }

    @Test
    void badValues_stopStartUpWithOneLineNamingTheVariable() {
        assertThatThrownBy(() -> Config.fromEnv(Map.of("SUPPORT_HOURS", "Mon-Fri 9-6pm"))).isInstanceOf(ConfigException.class)
                .hasMessage("SUPPORT_HOURS=Mon-Fri 9-6pm is not a schedule (expected like Mon-Fri 09:00-18:00; several joined by ;)");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("SUPPORT_HOLIDAYS", "2026-12-24,christmas")))
                .hasMessageStartingWith("SUPPORT_HOLIDAYS has christmas, which is not a date");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("FIRST_RESPONSE_TARGET", "soon")))
                .hasMessageStartingWith("FIRST_RESPONSE_TARGET=soon is not a response target (expected like 4h, 90m or 1 business day)");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("ESTIMATE_TARGET", "1 bizday")))
                .hasMessageStartingWith("ESTIMATE_TARGET=1 bizday is not a response target");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("URGENT_FIRST_RESPONSE_TARGET", "1 business day")))
                .hasMessageStartingWith("URGENT_FIRST_RESPONSE_TARGET=1 business day is not a response target")
                .hasMessageContaining("around the clock");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("TIMER_WARN_HOURS", "0")))
                .hasMessageStartingWith("TIMER_WARN_HOURS=0 is out of range");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("AUTO_CLOSE_DAYS", "never")))
                .hasMessageStartingWith("AUTO_CLOSE_DAYS=never is not a whole number");
        assertThatThrownBy(() -> Config.fromEnv(Map.of("APPROVAL_REMINDER_DAYS", "20")))
                .hasMessageStartingWith("APPROVAL_REMINDER_DAYS=20 must be less than AUTO_CLOSE_DAYS=14");
        for (var bad : Map.of("SUPPORT_HOURS", "x", "ESTIMATE_TARGET", "y", "SUPPORT_HOLIDAYS", "z").entrySet()) {
            assertThatThrownBy(() -> Config.fromEnv(Map.of(bad.getKey(), bad.getValue())))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").startsWith(bad.getKey()));
        }
    }
}
