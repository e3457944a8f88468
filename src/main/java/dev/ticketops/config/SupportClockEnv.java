package dev.ticketops.config;

import dev.ticketops.domain.ResponseTarget;
import dev.ticketops.domain.SupportClock;
import dev.ticketops.domain.SupportHours;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads the support clock's variables (TIMER_WARN_HOURS, SUPPORT_HOURS, SUPPORT_HOLIDAYS, the response targets and
 * the stale-ticket days); a value that does not read stops start-up with one line naming the variable.
 */
final class SupportClockEnv {
    private SupportClockEnv() {
    }

    static SupportClock read(Env env, ZoneId zone) {
        int warnHours = env.integer("TIMER_WARN_HOURS", 4, 1, 24);
        Set<LocalDate> holidays = holidays(env);
        String spec = env.string("SUPPORT_HOURS", SupportHours.EXAMPLE);
        SupportHours hours = SupportHours.parse(spec, zone, holidays).orElseThrow(() -> new ConfigException(
                "SUPPORT_HOURS=" + spec + " is not a schedule (expected like " + SupportHours.EXAMPLE
                        + "; several joined by ;)"));
        ResponseTarget first = target(env, "FIRST_RESPONSE_TARGET", "4h", true);
        ResponseTarget estimate = target(env, "ESTIMATE_TARGET", "1 business day", true);
        ResponseTarget urgent = target(env, "URGENT_FIRST_RESPONSE_TARGET", "1h", false).roundTheClock();
        int remind = env.integer("APPROVAL_REMINDER_DAYS", 3, 0, 365);
        int close = env.integer("AUTO_CLOSE_DAYS", 14, 0, 365);
        if (close > 0 && remind >= close) {
            throw new ConfigException("APPROVAL_REMINDER_DAYS=" + remind + " must be less than AUTO_CLOSE_DAYS=" + close
                    + " (the reminder comes before the closing; AUTO_CLOSE_DAYS=0 never closes)");
        }
        return new SupportClock(hours, first, estimate, urgent, Duration.ofHours(warnHours), remind, close);
    }

    private static ResponseTarget target(Env env, String name, String fallback, boolean businessDays) {
        String v = env.string(name, fallback);
        var t = ResponseTarget.parse(v).filter(r -> businessDays || r.businessDays() == 0);
        return t.orElseThrow(() -> new ConfigException(name + "=" + v + " is not a response target (expected like 4h, 90m"
                + (businessDays ? " or 1 business day)" : "; counted around the clock, so no business days)")));
    }

    private static Set<LocalDate> holidays(Env env) {
        Set<LocalDate> out = new LinkedHashSet<>();
        for (String d : env.string("SUPPORT_HOLIDAYS", "").split("[,\\s]+")) {
            if (d.isBlank()) {
                continue;
            }
            try {
                out.add(LocalDate.parse(d.strip()));
            } catch (DateTimeParseException e) {
                throw new ConfigException("SUPPORT_HOLIDAYS has " + d.strip() + ", which is not a date (expected ISO dates"
                        + " separated by commas, like 2026-12-24,2026-12-25)");
            }
        }
        return out;
    }
}
