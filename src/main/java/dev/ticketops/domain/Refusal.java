package dev.ticketops.domain;

import java.util.Objects;

/** Why something is not allowed, and what to do instead. Policies return these. */
public record Refusal(String reason, String hint) {
    public Refusal {
        Objects.requireNonNull(reason, "reason");
        hint = hint == null ? "" : hint;
    }

    public <T> Result<T> toResult() {
        return Result.refused(this);
    }
}
