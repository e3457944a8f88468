package dev.ticketops.chat;

import dev.ticketops.app.UseCaseCommand;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.Hint;

/** What a slash command, a form or a set of Discord options asks for, once read. */
public sealed interface Command {
    record Help(String topic) implements Command {
    }

    /** A use case's own typed command, ready to run. */
    record Run(UseCaseCommand command) implements Command {
    }

    /**
     * The text could not be read: why, the command whose usage shows the right form (each adapter writes it in its
     * syntax), and what else the person may have meant ({@link Hint#NONE} if nothing).
     */
    record Invalid(String reason, Action usageOf, Hint also) implements Command {
        public Invalid {
            also = also == null ? Hint.NONE : also;
        }

        public Invalid(String reason, Action usageOf) {
            this(reason, usageOf, Hint.NONE);
        }
    }
}
