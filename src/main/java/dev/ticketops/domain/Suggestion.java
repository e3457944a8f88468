package dev.ticketops.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A command to suggest, as facts: what to do, on which ticket (absent: the adapter shows a placeholder such as
 * {@code #N}), and an example argument where one helps (a range {@code 2-3h}, {@code yes}, an invoice number, a client
 * name). Adapters render it; the core never writes a command's syntax.
 */
public record Suggestion(Action action, Optional<TicketNumber> ticket, Optional<String> argument) {
    public Suggestion {
        Objects.requireNonNull(action, "action");
        ticket = ticket == null ? Optional.empty() : ticket;
        argument = argument == null ? Optional.empty() : argument.filter(a -> !a.isBlank());
    }

    public static Suggestion of(Action action) {
        return new Suggestion(action, Optional.empty(), Optional.empty());
    }

    public static Suggestion of(Action action, TicketNumber ticket) {
        return new Suggestion(action, Optional.of(ticket), Optional.empty());
    }

    public static Suggestion of(Action action, TicketNumber ticket, String argument) {
        return new Suggestion(action, Optional.ofNullable(ticket), Optional.ofNullable(argument));
    }

    public static Suggestion of(Action action, String argument) {
        return new Suggestion(action, Optional.empty(), Optional.ofNullable(argument));
    }
}
