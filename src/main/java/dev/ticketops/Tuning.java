package dev.ticketops;

import dev.ticketops.outbound.Resilience;
import java.time.Duration;

/** Timings that production leaves at their defaults and tests shorten. */
public record Tuning(Resilience.Settings resilience, Duration outboxPoll, Duration outboxFirstRetry, Duration outboxMaxRetry,
                     Duration discordDeferAfter) {
    public static Tuning defaults() {
        return new Tuning(Resilience.Settings.defaults(), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMinutes(15),
                Duration.ofMillis(2000));
    }

    public Tuning withDiscordDeferAfter(Duration d) {
        return new Tuning(resilience, outboxPoll, outboxFirstRetry, outboxMaxRetry, d);
    }
}
