package dev.ticketops.app;

/** The support clock's scheduled work, run together every minute: one count of everything it sent. */
public record SupportRounds(WarnLongTimers timers, WatchTargets targets, ChaseApprovals approvals) {
    /** Runs each round; returns how many reminders, warnings, answers and closures it made. */
    public int execute() {
        var chased = approvals.execute();
        return timers.execute() + targets.execute() + chased.reminded() + chased.closed();
    }
}
