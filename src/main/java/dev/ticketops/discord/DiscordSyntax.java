package dev.ticketops.discord;

import dev.ticketops.chat.Syntax;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.DurationText;
import dev.ticketops.domain.EstimateRange;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.TicketNumber;

/**
 * Discord's slash commands with typed options, as registered from {@code bot-manifests/discord-commands.json}:
 * {@code /ticket reopen ticket:12}, {@code /log duration:1.5h ticket:12}, {@code /estimate ticket:12 hours:2-3h}.
 */
public final class DiscordSyntax implements Syntax {
    public static final DiscordSyntax INSTANCE = new DiscordSyntax();

    @Override
    public String command(Suggestion s) {
        String ticket = "ticket:" + s.ticket().map(n -> Long.toString(n.value())).orElse("N");
        return switch (s.action()) {
            case HELP -> "/ticket help";
            case OPEN_TICKET -> s.argument().map(DiscordSyntax::open).orElse("/ticket open title:<title>");
            case LIST_TICKETS -> "/ticket list" + s.argument().map(a -> " scope:" + a).orElse("");
            case SHOW_TICKET -> "/ticket show " + ticket;
            case CLOSE_TICKET -> "/ticket close " + ticket + " summary:" + s.argument().orElse("<summary>");
            case REOPEN_TICKET -> "/ticket reopen " + ticket;
            case SET_BILLABLE -> "/ticket billable " + ticket + " value:" + s.argument().map(DiscordSyntax::flag).orElse("True|False");
            case LINK_CHANNEL -> "/ticket link client:" + s.argument().orElse("<client name>");
            case DIGEST -> "/ticket digest";
            case ESTIMATE -> "/estimate " + ticket + " hours:" + s.argument().orElse("<range>");
            case LOG_TIME -> "/log duration:" + s.argument().orElse("<duration>") + " " + ticket;
            case UNDO_LOG -> "/log duration:undo";
            case ISSUE_INVOICE -> "/invoice issue" + s.argument().map(a -> " client:" + a).orElse(" [client:…]");
            case LIST_INVOICES -> "/invoice list" + s.argument().map(a -> " client:" + a).orElse("");
            case SHOW_INVOICE -> "/invoice show number:" + s.argument().orElse("INV-…");
            case RECORD_PAYMENT -> "/invoice paid number:" + s.argument().orElse("INV-…") + " method:wise|paypal [amount:…] [reference:…]";
            case CLIENT_TERMS -> "/invoice terms client:" + s.argument().orElse("<client>")
                    + " [rate:15.00] [term:14] [contact:billing@acme.com] [bill_here:True]";
            case OVERRIDE_OVERDUE -> "/invoice override " + ticket + " reason:" + s.argument().orElse("<reason>");
            case START_TIMER -> "/log duration:start " + ticket;
            case STOP_TIMER -> "/log duration:stop" + s.argument().map(a -> " " + a).orElse("");
            case TIMER_STATUS -> "/log duration:status";
            case REPLY_TICKET -> "/ticket reply " + ticket + " text:" + s.argument().orElse("<message>");
            case ASSIGN_TICKET -> "/ticket assign " + ticket + s.argument().map(a -> a.equals("me") ? "" : " person:" + a)
                    .orElse(" [person:@…]");
            case PORTAL -> "/ticket portal" + s.argument().map(a -> " action:" + a).orElse("");
        };
    }

    /** A title, or "title | description" as the person would describe the ticket. */
    private static String open(String text) {
        int bar = text.indexOf('|');
        return bar < 0 ? "/ticket open title:" + text.strip()
                : "/ticket open title:" + text.substring(0, bar).strip() + " description:" + text.substring(bar + 1).strip();
    }

    private static String flag(String yesNo) {
        return switch (yesNo.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "yes", "true" -> "True";
            case "no", "false" -> "False";
            default -> "True|False";
        };
    }

    @Override
    public String usage(Action action) {
        String form = switch (action) {
            case OPEN_TICKET -> "/ticket open title:<title> [description:<description>] [urgent:True]";
            case PORTAL -> "/ticket portal [action:logout-all]";
            case LIST_TICKETS -> "/ticket list [scope:open|all]";
            case ESTIMATE -> "/estimate ticket:N hours:<range> [note:…]";
            case LOG_TIME -> "/log duration:<duration> ticket:N [note:…]";
            case START_TIMER -> "/log duration:start ticket:N [note:…]";
            case STOP_TIMER -> "/log duration:stop [note:…]";
            case ISSUE_INVOICE -> "/invoice issue [client:…]";
            case LIST_INVOICES -> "/invoice list [client:…]";
            case SHOW_INVOICE -> "/invoice show number:INV-2026-0001";
            case RECORD_PAYMENT -> command(Suggestion.of(action, "INV-2026-0001"));
            default -> command(Suggestion.of(action));
        };
        String example = switch (action) {
            case ESTIMATE -> ", e.g. " + command(Suggestion.of(action, TicketNumber.of(12), "2-3h")) + " (" + EstimateRange.EXAMPLES + ")";
            case LOG_TIME -> ", e.g. " + command(Suggestion.of(action, TicketNumber.of(12), "1.5h")) + " note:fixed the CSS ("
                    + DurationText.EXAMPLES + ")";
            case STOP_TIMER -> "; " + command(Suggestion.of(action, "45m")) + " logs the 45 minutes you give instead of the time it ran";
            default -> "";
        };
        return form + " — " + Syntax.purpose(action) + example;
    }
}
