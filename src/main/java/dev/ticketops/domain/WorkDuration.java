package dev.ticketops.domain;

import java.util.concurrent.atomic.AtomicLong;

/** Time spent in one time entry: whole minutes, from 1 minute to 24 hours. */
public record WorkDuration(int minutes) {
    public static final int MAX_MINUTES = 24 * 60;

    public WorkDuration {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("a time entry is 1 minute to 24 hours, not " + minutes + " minutes");
        }
    }

    /** How many texts were read as durations: a test shows that logging time reads its duration once, at the edge. */
    static final AtomicLong PARSES = new AtomicLong();

    public static Result<WorkDuration> parse(String text) {
        PARSES.incrementAndGet();
        return DurationText.parseMinutes(text, MAX_MINUTES).map(WorkDuration::new);
    }

    @Override
    public String toString() {
        return Hours.words(minutes);
    }
}
