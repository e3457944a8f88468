package dev.ticketops.chat;

import dev.ticketops.app.ShowTimers;
import dev.ticketops.app.StartTimer;
import dev.ticketops.app.StopTimer;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.WorkDuration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the timer forms of {@code /log}: {@code start #N [note]}, {@code stop [duration] [note]} and {@code status}
 * — as Slack text, and from Discord's {@code duration:start|stop|status} option with its ticket and note.
 */
public final class TimerCommands {
    private TimerCommands() {
    }

    /** Whether {@code word} starts a timer form of /log. */
    public static boolean isTimerWord(String word) {
        return switch (word == null ? "" : word.strip().toLowerCase(Locale.ROOT)) {
            case "start", "stop", "status" -> true;
            default -> false;
        };
    }

    /** {@code /log start #12 note}, {@code /log stop 45m note}, {@code /log status}; null if the text is no timer form. */
    static Command read(Caller caller, String text) {
        List<String> tokens = text == null || text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
        if (tokens.isEmpty() || !isTimerWord(tokens.get(0))) {
            return null;
        }
        List<String> rest = tokens.subList(1, tokens.size());
        return switch (tokens.get(0).toLowerCase(Locale.ROOT)) {
            case "start" -> {
                Optional<TicketNumber> n = rest.isEmpty() ? Optional.empty() : TicketNumber.parse(rest.get(0));
                yield n.isEmpty()
                        ? new Command.Invalid(rest.isEmpty() ? "Which ticket is the timer for?"
                        : Text.quote(rest.get(0)) + " is not a ticket number.", Action.START_TIMER)
                        : start(caller, n.get(), join(rest.subList(1, rest.size())));
            }
            case "stop" -> stop(caller, join(rest));
            default -> rest.isEmpty() ? new Command.Run(new ShowTimers.Query(caller))
                    : new Command.Invalid("/log status takes nothing after it.", Action.TIMER_STATUS);
        };
    }

    public static Command start(Caller caller, TicketNumber ticket, String note) {
        return new Command.Run(new StartTimer.Command(caller, ticket, note));
    }

    /**
     * {@code text}: what follows "stop" — a corrected duration first if the person gives one ({@code 45m},
     * {@code 1 hour}), then the note.
     */
    public static Command stop(Caller caller, String text) {
        List<String> tokens = text == null || text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
        for (int k = Math.min(3, tokens.size()); k >= 1; k--) {
            if (!Character.isDigit(tokens.get(0).charAt(0))) {
                break;
            }
            Result<WorkDuration> d = WorkDuration.parse(String.join(" ", tokens.subList(0, k)));
            if (d.isOk()) {
                return new Command.Run(new StopTimer.Command(caller, Optional.of(d.orElseThrow()),
                        join(tokens.subList(k, tokens.size()))));
            }
            if (k == 1) {
                return new Command.Invalid(((Result.Refused<WorkDuration>) d).reason(), Action.STOP_TIMER);
            }
        }
        return new Command.Run(new StopTimer.Command(caller, Optional.empty(), join(tokens)));
    }

    public static Command status(Caller caller) {
        return new Command.Run(new ShowTimers.Query(caller));
    }

    private static String join(List<String> tokens) {
        return tokens.isEmpty() ? null : String.join(" ", tokens);
    }
}
