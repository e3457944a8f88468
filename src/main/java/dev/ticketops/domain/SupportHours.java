package dev.ticketops.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the agency answers: weekly windows ({@code Mon-Fri 09:00-18:00}, several joined by {@code ;}) in the agency's
 * time zone, minus holidays. Response targets are counted in these hours only; each local day's opening and closing
 * are read in the zone on that day, so a daylight-saving change moves them with the wall clock.
 */
public record SupportHours(String spec, List<Window> windows, ZoneId zone, Set<LocalDate> holidays) {
    public static final String EXAMPLE = "Mon-Fri 09:00-18:00";
    /** How far ahead an opening is looked for: a schedule with no opening in a year is not one. */
    private static final int HORIZON_DAYS = 400;
    private static final Pattern WINDOW = Pattern.compile(
            "(?i)\\s*([a-z]{3}(?:\\s*-\\s*[a-z]{3})?(?:\\s*,\\s*[a-z]{3}(?:\\s*-\\s*[a-z]{3})?)*)\\s+(\\d{2}:\\d{2})\\s*-\\s*(\\d{2}:\\d{2})\\s*");
    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    /** Open on {@code days} from {@code from} to {@code to} (local times, {@code from} before {@code to}). */
    public record Window(Set<DayOfWeek> days, LocalTime from, LocalTime to) {
        public Window {
            days = Set.copyOf(days);
            if (days.isEmpty() || !from.isBefore(to)) {
                throw new IllegalArgumentException("a support window has days and opens before it closes");
            }
        }
    }

    public SupportHours {
        Objects.requireNonNull(zone, "zone");
        windows = List.copyOf(windows);
        holidays = Set.copyOf(holidays);
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("support hours need at least one window");
        }
    }

    /** Reads {@code Mon-Fri 09:00-18:00} (or {@code Mon-Thu 09:00-17:00; Fri 09:00-13:00}); empty if it is not one. */
    public static Optional<SupportHours> parse(String spec, ZoneId zone, Set<LocalDate> holidays) {
        if (spec == null || spec.isBlank()) {
            return Optional.empty();
        }
        List<Window> windows = new ArrayList<>();
        for (String part : spec.split(";")) {
            Matcher m = WINDOW.matcher(part);
            if (!m.matches()) {
                return Optional.empty();
            }
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String range : m.group(1).split(",")) {
                String[] ends = range.split("-");
                int a = DAYS.indexOf(ends[0].strip().toLowerCase(Locale.ROOT));
                int b = DAYS.indexOf(ends[ends.length - 1].strip().toLowerCase(Locale.ROOT));
                if (a < 0 || b < 0 || b < a) {
                    return Optional.empty();
                }
                for (int d = a; d <= b; d++) {
                    days.add(DayOfWeek.of(d + 1));
                }
            }
            LocalTime from;
            LocalTime to;
            try {
                from = LocalTime.parse(m.group(2));
                to = m.group(3).equals("24:00") ? LocalTime.MAX : LocalTime.parse(m.group(3));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
            if (!from.isBefore(to)) {
                return Optional.empty();
            }
            windows.add(new Window(days, from, to));
        }
        return Optional.of(new SupportHours(spec.strip(), windows, zone, holidays));
    }

    /** The open intervals of local day {@code d}, as instants, in order ([start, end) pairs). */
    List<Instant[]> openOn(LocalDate d) {
        List<Instant[]> out = new ArrayList<>();
        if (holidays.contains(d)) {
            return out;
        }
        for (Window w : windows) {
            if (w.days().contains(d.getDayOfWeek())) {
                Instant start = ZonedDateTime.of(d, w.from(), zone).toInstant();
                Instant end = w.to().equals(LocalTime.MAX) ? d.plusDays(1).atStartOfDay(zone).toInstant()
                        : ZonedDateTime.of(d, w.to(), zone).toInstant();
                out.add(new Instant[] {start, end});
            }
        }
        out.sort((x, y) -> x[0].compareTo(y[0]));
        return out;
    }

    public boolean isOpen(Instant t) {
        for (Instant[] i : openOn(LocalDate.ofInstant(t, zone))) {
            if (!t.isBefore(i[0]) && t.isBefore(i[1])) {
                return true;
            }
        }
        return false;
    }

    /** {@code t} itself when the agency is open then, otherwise the next time it opens. */
    public Instant nextOpening(Instant t) {
        LocalDate d = LocalDate.ofInstant(t, zone).minusDays(1);
        for (int k = 0; k < HORIZON_DAYS; k++, d = d.plusDays(1)) {
            for (Instant[] i : openOn(d)) {
                if (i[1].isAfter(t)) {
                    return i[0].isAfter(t) ? i[0] : t;
                }
            }
        }
        throw new IllegalStateException("no support hours within " + HORIZON_DAYS + " days of " + t);
    }

    /** The instant {@code amount} of support time after {@code t}; landing on a closing time it is that closing time. */
    public Instant plus(Instant t, Duration amount) {
        if (amount.isZero() || amount.isNegative()) {
            return t;
        }
        Duration left = amount;
        LocalDate d = LocalDate.ofInstant(t, zone).minusDays(1);
        for (int k = 0; k < HORIZON_DAYS * 3; k++, d = d.plusDays(1)) {
            for (Instant[] i : openOn(d)) {
                Instant s = i[0].isAfter(t) ? i[0] : t;
                if (!i[1].isAfter(s)) {
                    continue;
                }
                Duration there = Duration.between(s, i[1]);
                if (left.compareTo(there) <= 0) {
                    return s.plus(left);
                }
                left = left.minus(there);
            }
        }
        throw new IllegalStateException("support time of " + amount + " does not fit within the horizon");
    }

    /** Support time between {@code a} and {@code b} (zero when {@code b} is not after {@code a}). */
    public Duration between(Instant a, Instant b) {
        Duration sum = Duration.ZERO;
        if (!b.isAfter(a)) {
            return sum;
        }
        LocalDate last = LocalDate.ofInstant(b, zone).plusDays(1);
        for (LocalDate d = LocalDate.ofInstant(a, zone).minusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            for (Instant[] i : openOn(d)) {
                Instant s = i[0].isAfter(a) ? i[0] : a;
                Instant e = i[1].isBefore(b) ? i[1] : b;
                if (e.isAfter(s)) {
                    sum = sum.plus(Duration.between(s, e));
                }
            }
        }
        return sum;
    }

    /** One business day: the length of the first window (9 hours for {@code Mon-Fri 09:00-18:00}). */
    public Duration businessDay() {
        Window w = windows.get(0);
        return w.to().equals(LocalTime.MAX) ? Duration.between(w.from(), LocalTime.MIDNIGHT).plusDays(1)
                : Duration.between(w.from(), w.to());
    }

    /** How people read the schedule: {@code Mon-Fri 09:00-18:00 (Europe/Berlin)}. */
    public String describe() {
        return spec + " (" + zone.getId() + ")";
    }

    /** A moment in the agency's time zone, as people read it: {@code Mon 2 Nov 13:00 (Europe/Berlin)}. */
    public String local(Instant t) {
        return java.time.format.DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH).format(t.atZone(zone))
                + " (" + zone.getId() + ")";
    }
}
