package dev.ticketops.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A range of calendar days, both ends included, within the years the database can store (1000–9999). Exports over
 * HTTP and on the command line read their {@code from} / {@code to} through {@link #parse}, so both refuse the same
 * ranges with the same reason.
 */
public record DateRange(LocalDate from, LocalDate to) {
    public static final LocalDate EARLIEST = LocalDate.of(1000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to) || from.isBefore(EARLIEST) || to.isAfter(LATEST)) {
            throw new IllegalArgumentException("not a valid range: " + from + " to " + to);
        }
    }

    /**
     * Reads {@code from} and {@code to} (ISO dates like 2026-11-01; either may be null): {@code to} defaults to
     * {@code today}, {@code from} to the first of {@code to}'s month.
     */
    public static Result<DateRange> parse(String from, String to, LocalDate today) {
        LocalDate end;
        LocalDate start;
        try {
            end = to == null ? null : LocalDate.parse(to.strip());
            start = from == null ? null : LocalDate.parse(from.strip());
        } catch (DateTimeParseException e) {
            return Result.refused("from and to must be dates like 2026-11-01.", "Write each as YYYY-MM-DD.");
        }
        return of(start, end, today);
    }

    /** The days from {@code from} to {@code to} (either may be null, with the defaults of {@link #parse}), or why not. */
    public static Result<DateRange> of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfMonth(1) : from;
        if (start.isBefore(EARLIEST) || end.isAfter(LATEST) || start.isAfter(LATEST) || end.isBefore(EARLIEST)) {
            return Result.refused("The dates must lie between " + EARLIEST + " and " + LATEST + ".",
                    "Give a range within those years.");
        }
        if (start.isAfter(end)) {
            return Result.refused("from (" + start + ") is after to (" + end + ").", "Swap them: from is the first day, to the last.");
        }
        return Result.ok(new DateRange(start, end));
    }
}
