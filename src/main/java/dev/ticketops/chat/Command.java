package dev.ticketops.chat;

import dev.ticketops.domain.Action;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.TicketNumber;

/** A slash command, read from its text. */
public sealed interface Command {
    record Help(String topic) implements Command {
    }

    record OpenTicket(String title, String description, boolean urgent) implements Command {
    }

    record ListTickets(boolean openOnly) implements Command {
    }

    record ShowTicket(TicketNumber ticket) implements Command {
    }

    record CloseTicket(TicketNumber ticket, String summary) implements Command {
    }

    record ReopenTicket(TicketNumber ticket) implements Command {
    }

    record SetBillable(TicketNumber ticket, boolean billable) implements Command {
    }

    record LinkChannel(String clientName) implements Command {
    }

    record ShowDigest() implements Command {
    }

    record Estimate(TicketNumber ticket, String range, String note) implements Command {
    }

    record LogTime(TicketNumber ticket, String duration, String note) implements Command {
    }

    record UndoLog() implements Command {
    }

    /** Issue an invoice; {@code client} null means the client this channel is linked to. */
    record IssueInvoice(String client) implements Command {
    }

    record RecordPayment(String number, String amount, String method, String reference) implements Command {
    }

    record ListInvoices(String client) implements Command {
    }

    record ShowInvoice(String number) implements Command {
    }

    record ClientTerms(String client, String rate, String term, String contact, boolean billHere) implements Command {
    }

    record OverrideOverdue(TicketNumber ticket, String reason) implements Command {
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
