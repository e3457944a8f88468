package dev.ticketops.domain;

import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of a use case: either it happened ({@link Ok}) or the process refused it ({@link Refused}) with a
 * reason the person can read and a hint saying what to do instead. Refusals are expected outcomes, not exceptions.
 */
public sealed interface Result<T> permits Result.Ok, Result.Refused {

    static <T> Result<T> ok(T value) {
        return new Ok<>(value);
    }

    /** A refusal whose advice names no command. */
    static <T> Result<T> refused(String reason, String advice) {
        return new Refused<>(reason, advice == null ? Hint.NONE : Hint.say(advice));
    }

    static <T> Result<T> refused(String reason, Hint hint) {
        return new Refused<>(reason, hint);
    }

    static <T> Result<T> refused(Refusal refusal) {
        return new Refused<>(refusal.reason(), refusal.hint());
    }

    default <U> Result<U> map(Function<T, U> f) {
        if (this instanceof Ok<T> ok) {
            return new Ok<>(f.apply(ok.value()));
        }
        Refused<T> r = (Refused<T>) this;
        return new Refused<>(r.reason(), r.hint());
    }

    default boolean isOk() {
        return this instanceof Ok;
    }

    /** The value of an {@link Ok}; a bug to call on a refusal. */
    default T orElseThrow() {
        if (this instanceof Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException("refused: " + ((Refused<T>) this).reason());
    }

    record Ok<T>(T value) implements Result<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    record Refused<T>(String reason, Hint hint) implements Result<T> {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            hint = hint == null ? Hint.NONE : hint;
        }

        /** The same refusal, as the result of another type. */
        public <U> Result<U> as() {
            return new Refused<>(reason, hint);
        }
    }
}
