package dev.ticketops.slack;

import dev.ticketops.chat.Syntax;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.DurationText;
import dev.ticketops.domain.EstimateRange;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.TicketNumber;
import java.util.Locale;
import java.util.Set;

/** Slack's slash-command text: {@code /ticket reopen #12}, {@code /log 1.5h #12}, {@code /estimate #12 2-3h}. */
public final class SlackSyntax implements Syntax {
    public static final SlackSyntax INSTANCE = new SlackSyntax();

    /** Words that start a subcommand of {@code /ticket}: a title starting with one is opened with {@code /ticket new}. */
    private static final Set<String> TICKET_WORDS = Set.of("help", "digest", "new", "open", "list", "show", "close", "reopen",
            "billable", "link", "portal");

    @Override
    public String command(Suggestion s) {
        String ticket = s.ticket().map(TicketNumber::toString).orElse("#N");
        return switch (s.action()) {
            case HELP -> "/ticket help";
            case OPEN_TICKET -> s.argument().map(SlackSyntax::open).orElse("/ticket <title>");
            case LIST_TICKETS -> "/ticket list" + s.argument().map(a -> " " + a).orElse("");
            case SHOW_TICKET -> "/ticket show " + ticket;
            case CLOSE_TICKET -> "/ticket close " + ticket + " " + s.argument().orElse("<summary>");
            case REOPEN_TICKET -> "/ticket reopen " + ticket;
            case SET_BILLABLE -> "/ticket billable " + ticket + " " + s.argument().orElse("yes|no");
            case LINK_CHANNEL -> "/ticket link " + s.argument().orElse("<client name>");
            case DIGEST -> "/ticket digest";
            case ESTIMATE -> "/estimate " + ticket + " " + s.argument().orElse("<range>");
            case LOG_TIME -> "/log " + s.argument().orElse("<duration>") + " " + ticket;
            case UNDO_LOG -> "/log undo";
            case ISSUE_INVOICE -> "/invoice" + s.argument().map(a -> " " + a).orElse(" [client]");
            case LIST_INVOICES -> "/invoice list" + s.argument().map(a -> " " + a).orElse("");
            case SHOW_INVOICE -> "/invoice show " + s.argument().orElse("INV-…");
            case RECORD_PAYMENT -> "/invoice paid " + s.argument().orElse("INV-…") + " [amount] wise|paypal|… [reference] [paid-on YYYY-MM-DD]";
            case CLIENT_TERMS -> "/invoice terms " + s.argument().orElse("<client>")
                    + " [rate=15.00] [term=14] [contact=billing@acme.com] [channel=here]";
            case OVERRIDE_OVERDUE -> "/invoice override " + ticket + " " + s.argument().orElse("<reason>");
            case START_TIMER -> "/log start " + ticket;
            case STOP_TIMER -> "/log stop" + s.argument().map(a -> " " + a).orElse("");
            case TIMER_STATUS -> "/log status";
            case REPLY_TICKET -> "/ticket reply " + ticket + " " + s.argument().orElse("<message>");
            case ASSIGN_TICKET -> "/ticket assign " + ticket + " " + s.argument().orElse("@person|me");
            case PORTAL -> "/ticket portal" + s.argument().map(a -> " " + a).orElse("");
        };
    }

    private static String open(String title) {
        String first = title.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return "/ticket " + (TICKET_WORDS.contains(first) ? "new " : "") + title;
    }

    @Override
    public String usage(Action action) {
        String form = switch (action) {
            case OPEN_TICKET -> "/ticket <title> [| <description>] [--urgent]";
            case PORTAL -> "/ticket portal [logout-all]";
            case LIST_TICKETS -> "/ticket list [open|all]";
            case ESTIMATE -> "/estimate #N <range> [note]";
            case LOG_TIME -> "/log <duration> #N [note]";
            case START_TIMER -> "/log start #N [note]";
            case STOP_TIMER -> "/log stop [duration] [note]";
            case ISSUE_INVOICE -> "/invoice [client]";
            case LIST_INVOICES -> "/invoice list [client]";
            case SHOW_INVOICE -> "/invoice show INV-2026-0001";
            case RECORD_PAYMENT -> command(Suggestion.of(action, "INV-2026-0001"));
            default -> command(Suggestion.of(action));
        };
        String example = switch (action) {
            case ESTIMATE -> ", e.g. " + command(Suggestion.of(action, TicketNumber.of(12), "2-3h")) + " (" + EstimateRange.EXAMPLES + ")";
            case LOG_TIME -> ", e.g. " + command(Suggestion.of(action, TicketNumber.of(12), "1.5h")) + " fixed the CSS ("
                    + DurationText.EXAMPLES + ")";
            case STOP_TIMER -> "; " + command(Suggestion.of(action, "45m")) + " logs the 45 minutes you give instead of the time it ran";
            default -> "";
        };
        return form + " — " + Syntax.purpose(action) + example;
    }
}
