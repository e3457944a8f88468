package dev.ticketops.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/** The agency's clock and time zone: "now" for records, "today" for invoice dates, due dates and reminders. */
public record AgencyCalendar(Clock clock, ZoneId zone) {
    public AgencyCalendar {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
    }

    public Instant now() {
        return clock.instant();
    }

    /** Today's date in the agency's time zone. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
