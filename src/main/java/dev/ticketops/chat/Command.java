package dev.ticketops.chat;

import dev.ticketops.app.UseCaseCommand;
import dev.ticketops.domain.Refusal;

/** What a slash command, a form or a set of Discord options asks for, once read. */
public sealed interface Command {
    record Help(String topic) implements Command {
    }

    /** A use case's own typed command, ready to run. */
    record Run(UseCaseCommand command) implements Command {
    }

    /** The text could not be read; {@code usage} shows the right form. */
    record Invalid(String reason, String usage) implements Command {
    }

    /**
     * A value could be told apart but not read ("“lots” is not a duration I can read"): the refusal its type gives,
     * with the usage of the command it was meant for.
     */
    record Refused(Refusal refusal) implements Command {
    }
}
