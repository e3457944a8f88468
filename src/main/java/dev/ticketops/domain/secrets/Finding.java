package dev.ticketops.domain.secrets;

/** A stretch of text, {@code [start, end)}, that holds a credential of some kind ("password", "AWS key"). */
public record Finding(int start, int end, String kind) {
    public Finding {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("empty or negative span " + start + ".." + end);
        }
    }

    boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
