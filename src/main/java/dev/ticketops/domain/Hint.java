package dev.ticketops.domain;

import java.util.Optional;
import java.util.function.Function;

/**
 * What to do instead, for a refusal or a next step: words, and at most one command to run between them
 * ({@code lead} + command + {@code tail}). The command is a {@link Suggestion}, rendered by the adapter that knows
 * its syntax: "Reopen it first with " + REOPEN_TICKET #12 + "." reads as Slack's slash-command text on Slack and
 * with Discord's typed options on Discord. A {@link Form#USAGE} hint shows the command's full form with its
 * options instead ("Usage: " + LOG_TIME).
 */
public record Hint(String lead, Optional<Suggestion> run, String tail, Form form) {
    public static final Hint NONE = new Hint("", Optional.empty(), "", Form.COMMAND);

    /** How the suggested command is written: as one command to run, or as its usage (every option, an example). */
    public enum Form { COMMAND, USAGE }

    public Hint {
        lead = lead == null ? "" : lead;
        tail = tail == null ? "" : tail;
        run = run == null ? Optional.empty() : run;
        form = form == null ? Form.COMMAND : form;
    }

    /** Plain advice, with no command in it. */
    public static Hint say(String text) {
        return new Hint(text, Optional.empty(), "", Form.COMMAND);
    }

    /** Advice around one command: {@code lead} (ending in a space where one is wanted), the command, {@code tail}. */
    public static Hint run(String lead, Suggestion command, String tail) {
        return new Hint(lead, Optional.of(command), tail, Form.COMMAND);
    }

    /** Advice around the usage of {@code action}: its full form with every option. */
    public static Hint usage(String lead, Action action, String tail) {
        return new Hint(lead, Optional.of(Suggestion.of(action)), tail, Form.USAGE);
    }

    /** These words (a hint that names no command), then "Usage: " and the usage of {@code action}. */
    public Hint thenUsage(Action action) {
        if (run.isPresent()) {
            throw new IllegalStateException("a hint names one command at most: " + this);
        }
        String words = (lead + tail).strip();
        return usage((words.isEmpty() ? "" : words + " ") + "Usage: ", action, "");
    }

    public boolean isEmpty() {
        return lead.isBlank() && run.isEmpty() && tail.isBlank();
    }

    /** The hint in words, with the command written by {@code command} or, for a usage hint, by {@code usage}. */
    public String render(Function<Suggestion, String> command, Function<Action, String> usage) {
        return lead + run.map(s -> form == Form.USAGE ? usage.apply(s.action()) : command.apply(s)).orElse("") + tail;
    }

    /**
     * The words alone, for an adapter with no command syntax (the CLI, a plain HTTP error) and a hint that names no
     * command, such as a date's; a command, if there is one, is named by its action.
     */
    public String plain() {
        return render(s -> s.action().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                a -> a.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
}
