package dev.ticketops.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A ticket's first-response and estimate deadlines, and when each was met. */
public record ResponseTargets(Target firstResponse, Target estimate) {
    /** @param metAt when it was met; null while it has not been */
    public record Target(String name, Instant due, Instant metAt) {
        public Target {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(due, "due");
        }

        public boolean met() {
            return metAt != null;
        }

        /** Missed: met after its deadline, or not met by {@code now} though due. */
        public boolean breached(Instant now) {
            return metAt != null ? metAt.isAfter(due) : now.isAfter(due);
        }

        /** By how much it was (or is being) missed, as of {@code now}. */
        public Duration lateness(Instant now) {
            Instant end = metAt != null ? metAt : now;
            return end.isAfter(due) ? Duration.between(due, end) : Duration.ZERO;
        }

        /** Still open and due before {@code by}. */
        public boolean dueBefore(Instant by) {
            return metAt == null && due.isBefore(by);
        }
    }
}
