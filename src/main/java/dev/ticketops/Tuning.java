package dev.ticketops;

import dev.ticketops.jobs.Jobs;
import dev.ticketops.outbound.Resilience;
import dev.ticketops.slack.SocketTiming;
import java.time.Duration;

/** Timings that production leaves at their defaults and tests shorten. */
public record Tuning(Resilience.Settings resilience, Duration outboxPoll, Duration outboxFirstRetry, Duration outboxMaxRetry,
                     Duration discordDeferAfter, Jobs.Intervals jobs, SocketTiming slackSocket) {
    /** Slack's Socket Mode at its defaults. */
    public Tuning(Resilience.Settings resilience, Duration outboxPoll, Duration outboxFirstRetry, Duration outboxMaxRetry,
                  Duration discordDeferAfter, Jobs.Intervals jobs) {
        this(resilience, outboxPoll, outboxFirstRetry, outboxMaxRetry, discordDeferAfter, jobs, SocketTiming.defaults());
    }

    /** In production the outbox is drained when a change wakes it and by the scheduler's retry job; no extra poll. */
    public static Tuning defaults() {
        return new Tuning(Resilience.Settings.defaults(), Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(15),
                Duration.ofMillis(2000), Jobs.Intervals.defaults());
    }

    public Tuning withDiscordDeferAfter(Duration d) {
        return new Tuning(resilience, outboxPoll, outboxFirstRetry, outboxMaxRetry, d, jobs, slackSocket);
    }

    public Tuning withJobs(Jobs.Intervals j) {
        return new Tuning(resilience, outboxPoll, outboxFirstRetry, outboxMaxRetry, discordDeferAfter, j, slackSocket);
    }

    public Tuning withSlackSocket(SocketTiming t) {
        return new Tuning(resilience, outboxPoll, outboxFirstRetry, outboxMaxRetry, discordDeferAfter, jobs, t);
    }
}
