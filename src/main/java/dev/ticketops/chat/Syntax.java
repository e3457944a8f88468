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
        return hint.render(this::command, this::usage);
    }

    /** What an action is for, in the same words on every platform; adapters append it to their usage lines. */
    static String purpose(Action action) {
        return switch (action) {
            case HELP -> "this help";
            case OPEN_TICKET -> "open a ticket";
            case LIST_TICKETS -> "your tickets";
            case SHOW_TICKET -> "a ticket with its estimate, time and history";
            case CLOSE_TICKET -> "close with a summary of the work (staff)";
            case REOPEN_TICKET -> "reopen a closed ticket (staff)";
            case SET_BILLABLE -> "billable or not (staff)";
            case LINK_CHANNEL -> "link this channel to a client (staff)";
            case DIGEST -> "today's digest, shown only to you (staff)";
            case ESTIMATE -> "post an estimate for the client's approval (staff)";
            case LOG_TIME -> "log time on an approved ticket (staff)";
            case UNDO_LOG -> "remove your last entry (within 10 minutes)";
            case ISSUE_INVOICE -> "invoice every closed, billable ticket of the client (staff; in a linked channel the client"
                    + " is implied)";
            case LIST_INVOICES -> "invoices and the outstanding balance";
            case SHOW_INVOICE -> "one invoice with its lines and link";
            case RECORD_PAYMENT -> "record a payment (staff)";
            case CLIENT_TERMS -> "a client's terms (staff)";
            case OVERRIDE_OVERDUE -> "let one ticket continue despite an overdue invoice (staff)";
            case START_TIMER -> "start a timer on an approved ticket; starting another stops the first (staff)";
            case STOP_TIMER -> "stop your timer and log its time, or the time you give (staff)";
            case TIMER_STATUS -> "the running timers (staff)";
            case REPLY_TICKET -> "write into a ticket's conversation from anywhere (staff: to the client, signed)";
            case ASSIGN_TICKET -> "give a ticket to one staff member (staff)";
            case PORTAL -> "a one-time sign-in link to the web portal (logout-all: sign out every browser)";
        };
    }
}
