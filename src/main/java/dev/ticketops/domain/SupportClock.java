package dev.ticketops.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * The agency's clock rules: support hours, response targets (urgent tickets' first response counted around the
 * clock), when a running timer gets a reminder, and how long a ticket may wait for the client's approval before a
 * reminder ({@code approvalReminderDays}) and before it is closed ({@code autoCloseDays}; 0 = never).
 */
public record SupportClock(SupportHours hours, ResponseTarget firstResponse, ResponseTarget estimate,
                           ResponseTarget urgentFirstResponse, Duration timerWarnAfter, int approvalReminderDays,
                           int autoCloseDays) {
    public SupportClock {
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(urgentFirstResponse, "urgentFirstResponse");
        Objects.requireNonNull(timerWarnAfter, "timerWarnAfter");
        if (!urgentFirstResponse.aroundTheClock()) {
            urgentFirstResponse = urgentFirstResponse.roundTheClock();
        }
    }

    /** The defaults of the README: Mon-Fri 09:00-18:00, 4 h, 1 business day, urgent 1 h, timers 4 h, 3 and 14 days. */
    public static SupportClock defaults(ZoneId zone) {
        return new SupportClock(SupportHours.parse(SupportHours.EXAMPLE, zone, Set.of()).orElseThrow(),
                ResponseTarget.parse("4h").orElseThrow(), ResponseTarget.parse("1 business day").orElseThrow(),
                ResponseTarget.parse("1h").orElseThrow().roundTheClock(), Duration.ofHours(4), 3, 14);
    }

    public ResponseTarget firstResponseTarget(boolean urgent) {
        return urgent ? urgentFirstResponse : firstResponse;
    }

    /** The targets of a ticket opened at {@code openedAt}, with when each was met (null: not yet). */
    public ResponseTargets targets(Instant openedAt, boolean urgent, Instant firstResponseAt, Instant estimateAt) {
        return new ResponseTargets(
                new ResponseTargets.Target("first response", firstResponseTarget(urgent).deadline(openedAt, hours), firstResponseAt),
                new ResponseTargets.Target("estimate", estimate.deadline(openedAt, hours), estimateAt));
    }
}
