package dev.ticketops.web.portal;

import dev.ticketops.chat.Syntax;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.DurationText;
import dev.ticketops.domain.EstimateRange;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.TicketNumber;

/**
 * The portal's words for a command in a hint: the page or form that does it here, or — for what only chat does — the
 * chat command by name. Refusals from the use cases are rendered through this, as each chat adapter renders them
 * through its own syntax.
 */
public final class WebSyntax implements Syntax {
    public static final WebSyntax INSTANCE = new WebSyntax();

    @Override
    public String command(Suggestion s) {
        String ticket = s.ticket().map(TicketNumber::toString).orElse("the ticket");
        return switch (s.action()) {
            case HELP -> "/ticket help in Slack or Discord";
            case OPEN_TICKET -> "the New ticket form";
            case LIST_TICKETS -> "the My tickets page";
            case SHOW_TICKET -> "the page of " + ticket;
            case CLOSE_TICKET -> "the Close form on the page of " + ticket;
            case REOPEN_TICKET -> "/ticket reopen " + s.ticket().map(TicketNumber::toString).orElse("#N") + " in Slack or Discord";
            case SET_BILLABLE -> "the Billable form on the page of " + ticket;
            case LINK_CHANNEL -> "/ticket link in the client's channel in Slack or Discord";
            case DIGEST -> "/ticket digest in Slack or Discord";
            case ESTIMATE -> "the Estimate form on the page of " + ticket + s.argument().map(a -> " (for example " + a + ")").orElse("");
            case LOG_TIME -> "the Log time form on the page of " + ticket;
            case UNDO_LOG -> "/log undo in Slack or Discord";
            case ISSUE_INVOICE -> "/invoice in Slack or Discord";
            case LIST_INVOICES -> "the Invoices page";
            case SHOW_INVOICE -> "the Invoices page" + s.argument().map(a -> " (" + a + ")").orElse("");
            case RECORD_PAYMENT -> "/invoice paid in Slack or Discord";
            case CLIENT_TERMS -> "/invoice terms in Slack or Discord";
            case OVERRIDE_OVERDUE -> "/invoice override " + s.ticket().map(TicketNumber::toString).orElse("#N") + " in Slack or Discord";
            case START_TIMER -> "/log start " + s.ticket().map(TicketNumber::toString).orElse("#N") + " in Slack (/log duration:start in Discord)";
            case STOP_TIMER -> "/log stop in Slack (/log duration:stop in Discord)" + s.argument().map(a -> " with " + a).orElse("");
            case TIMER_STATUS -> "/log status in Slack (/log duration:status in Discord)";
            case PORTAL -> "/ticket portal in Slack or Discord";
            case REPLY_TICKET -> "/ticket reply " + s.ticket().map(TicketNumber::toString).orElse("#N") + " in Slack or Discord, or the ticket's thread";
            case ASSIGN_TICKET -> "/ticket assign " + s.ticket().map(TicketNumber::toString).orElse("#N") + " in Slack or Discord";
        };
    }

    @Override
    public String usage(Action action) {
        return switch (action) {
            case ESTIMATE -> "the Estimate form takes a range such as " + EstimateRange.EXAMPLES;
            case LOG_TIME -> "the Log time form takes a duration such as " + DurationText.EXAMPLES;
            case CLOSE_TICKET -> "the Close form needs a summary of the work completed";
            case OPEN_TICKET -> "the New ticket form needs a title; the description is optional";
            default -> command(Suggestion.of(action)) + " — " + Syntax.purpose(action);
        };
    }
}
