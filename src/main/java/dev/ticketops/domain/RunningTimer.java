package dev.ticketops.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A staff member's timer on a ticket, running since {@code startedAt}; {@code warnedAt} once reminded it runs long. */
public record RunningTimer(Person person, TicketNumber ticket, String note, Instant startedAt, Instant warnedAt) {
    public RunningTimer {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** The elapsed time rounded to the minute, never less than 1 (a timer stopped at once is still an entry). */
    public long minutesAt(Instant now) {
        long seconds = Math.max(0, Duration.between(startedAt, now).toSeconds());
        return Math.max(1, (seconds + 30) / 60);
    }

    /** Short words for a span of minutes: {@code 35 min}, {@code 1 h 20 min}, {@code 2 h}, {@code 3 d 4 h}. */
    public static String span(long minutes) {
        long m = Math.max(0, minutes);
        if (m < 60) {
            return m + " min";
        }
        if (m < 48 * 60) {
            return m / 60 + " h" + (m % 60 == 0 ? "" : " " + m % 60 + " min");
        }
        long h = (m / 60) % 24;
        return m / (24 * 60) + " d" + (h == 0 ? "" : " " + h + " h");
    }
}
