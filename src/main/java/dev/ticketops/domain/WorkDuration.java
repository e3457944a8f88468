package dev.ticketops.domain;

/** Time spent in one time entry: whole minutes, from 1 minute to 24 hours. */
public record WorkDuration(int minutes) {
    public static final int MAX_MINUTES = 24 * 60;

    public WorkDuration {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("a time entry is 1 minute to 24 hours, not " + minutes + " minutes");
        }
    }

    public static Result<WorkDuration> parse(String text) {
        return DurationText.parseMinutes(text, MAX_MINUTES).map(WorkDuration::new);
    }

    @Override
    public String toString() {
        return Hours.words(minutes);
    }
}
