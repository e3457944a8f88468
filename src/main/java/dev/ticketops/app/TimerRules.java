package dev.ticketops.app;

import dev.ticketops.domain.Action;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Refusal;
import dev.ticketops.domain.RunningTimer;
import dev.ticketops.domain.Suggestion;

/** What the timer use cases refuse alike. */
final class TimerRules {
    private TimerRules() {
    }

    /** A timer forgotten for more than a day cannot become one entry: the person says how long they worked. */
    static Refusal tooLong(RunningTimer t, long minutes) {
        return new Refusal("Your timer on " + t.ticket() + " has been running for " + RunningTimer.span(minutes)
                + " — more than one time entry may hold (24 hours). Nothing was recorded.",
                Hint.run("Stop it with the time you actually worked, e.g. ", Suggestion.of(Action.STOP_TIMER, "45m"), "."));
    }

    static Refusal noTimer() {
        return new Refusal("You have no running timer.",
                Hint.run("Start one with ", Suggestion.of(Action.START_TIMER), ", or log time afterwards with "
                        + "the duration."));
    }
}
