package dev.ticketops.chat;

import dev.ticketops.domain.Action;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Suggestion;

/**
 * How one adapter writes commands: Slack's slash-command text, Discord's typed options, the web's links. Hints,
 * usage lines and help are rendered through it, so the core and the chat layer never write a platform's syntax.
 */
public interface Syntax {
    /** The command as a person types (or clicks) it on this platform, e.g. {@code /ticket reopen #12}. */
    String command(Suggestion suggestion);

    /** The full form of the command with its options, and an example, for a usage hint. */
    String usage(Action action);

    /** A hint in this platform's words. */
    default String hint(Hint hint) {
        return hint.render(this::command);
    }
}
