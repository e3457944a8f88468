package dev.ticketops.domain;

import java.util.Objects;

/** Why something is not allowed, and what to do instead. Policies return these. */
public record Refusal(String reason, Hint hint) {
    public Refusal {
        Objects.requireNonNull(reason, "reason");
        hint = hint == null ? Hint.NONE : hint;
    }

    /** A refusal whose advice names no command. */
    public Refusal(String reason, String advice) {
        this(reason, advice == null ? Hint.NONE : Hint.say(advice));
    }

    public <T> Result<T> toResult() {
        return Result.refused(this);
    }
}
