package dev.ticketops.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What to do instead, for a refusal or a next step: words, and at most one command to run between them
 * ({@code lead} + command + {@code tail}). The command is a {@link Suggestion}, rendered by the adapter that knows
 * its syntax: "Reopen it first with " + REOPEN_TICKET #12 + "." reads {@code /ticket reopen #12} on Slack and
 * {@code /ticket reopen ticket:12} on Discord.
 */
public record Hint(String lead, Optional<Suggestion> run, String tail) {
    public static final Hint NONE = new Hint("", Optional.empty(), "");

    public Hint {
        lead = lead == null ? "" : lead;
        tail = tail == null ? "" : tail;
        run = run == null ? Optional.empty() : run;
    }

    /** Plain advice, with no command in it. */
    public static Hint say(String text) {
        return new Hint(text, Optional.empty(), "");
    }

    /** Advice around one command: {@code lead} (ending in a space where one is wanted), the command, {@code tail}. */
    public static Hint run(String lead, Suggestion command, String tail) {
        return new Hint(lead, Optional.of(command), tail);
    }

    public boolean isEmpty() {
        return lead.isBlank() && run.isEmpty() && tail.isBlank();
    }

    /** The hint in words, with the command written by {@code syntax}. */
    public String render(Function<Suggestion, String> syntax) {
        return lead + run.map(syntax).orElse("") + tail;
    }
}
