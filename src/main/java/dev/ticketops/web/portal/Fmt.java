package dev.ticketops.web.portal;

import dev.ticketops.domain.Hours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the portal's templates write times and durations. */
public final class Fmt {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Fmt() {
    }

    public static String when(Instant i) {
        return i == null ? "" : WHEN.format(i);
    }

    public static String day(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    public static String hours(long minutes) {
        return minutes == 0 ? "—" : Hours.words(minutes);
    }

    /** "3 d", "5 h", "12 min": how long something has been waiting. */
    public static String age(Instant since, Instant now) {
        if (since == null) {
            return "";
        }
        Duration d = Duration.between(since, now);
        if (d.toDays() >= 1) {
            return d.toDays() + " d";
        }
        if (d.toHours() >= 1) {
            return d.toHours() + " h";
        }
        return Math.max(0, d.toMinutes()) + " min";
    }
}
