package dev.ticketops.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** A ticket's global number: #1, #2, ... whatever platform opened it. */
public record TicketNumber(long value) implements Comparable<TicketNumber> {
    private static final Pattern FORM = Pattern.compile("#?(\\d{1,12})");

    public TicketNumber {
        if (value < 1) {
            throw new IllegalArgumentException("a ticket number is 1 or more");
        }
    }

    public static TicketNumber of(long value) {
        return new TicketNumber(value);
    }

    /** Reads {@code #12} or {@code 12}; anything else is empty. */
    public static Optional<TicketNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        long v = Long.parseLong(m.group(1));
        return v < 1 ? Optional.empty() : Optional.of(new TicketNumber(v));
    }

    @Override
    public int compareTo(TicketNumber o) {
        return Long.compare(value, o.value);
    }

    @Override
    public String toString() {
        return "#" + value;
    }
}
