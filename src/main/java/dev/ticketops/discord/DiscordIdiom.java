package dev.ticketops.discord;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The chat layer writes usage hints the way they are typed in Slack ({@code /log 1.5h #12}); Discord's commands take
 * typed options ({@code /log duration:1.5h ticket:12}). This rewrites the hints in a reply into Discord's idiom.
 */
final class DiscordIdiom {
    private record Rule(Pattern pattern, String replacement) {
    }

    private static final List<Rule> RULES = List.of(
            rule("/estimate #?(\\w+) (<range>|\\S+?)(?=[\\s.,)]|$)", "/estimate ticket:$1 hours:$2"),
            rule("/log undo", "/log duration:undo"),
            rule("/log (<duration>|\\S+) #(\\w+)", "/log duration:$1 ticket:$2"),
            rule("/log #(\\w+) (<duration>|\\S+)", "/log duration:$2 ticket:$1"),
            rule("/ticket (show|reopen) #(\\w+)", "/ticket $1 ticket:$2"),
            rule("/ticket close #(\\w+) (<[^>]+>)", "/ticket close ticket:$1 summary:$2"),
            rule("/ticket close #(\\w+)", "/ticket close ticket:$1"),
            rule("/ticket billable #(\\w+) yes\\|no", "/ticket billable ticket:$1 value:True|False"),
            rule("/ticket billable #(\\w+) yes", "/ticket billable ticket:$1 value:True"),
            rule("/ticket billable #(\\w+) no", "/ticket billable ticket:$1 value:False"),
            rule("/ticket link (<client name>|[^\\n.,]+)", "/ticket link client:$1"),
            rule("/ticket list \\[open\\|all\\]", "/ticket list [scope:open|all]"),
            rule("/ticket <title> \\[\\| <description>\\] \\[--urgent\\]", "/ticket open title:<title> [description:<description>] [urgent:True]"),
            rule("/ticket <title> \\[\\| <description>\\]", "/ticket open title:<title> [description:<description>]"),
            rule("/ticket (?:new )?<title>", "/ticket open title:<title>"),
            rule("/ticket ([A-Z][^|\\n]*?) \\| ([^\\n]+)", "/ticket open title:$1 description:$2"),
            rule("/invoice paid (INV-\\S+|INV-…) \\[amount\\] wise\\|paypal \\[reference\\]",
                    "/invoice paid number:$1 method:wise|paypal [amount:…] [reference:…]"),
            rule("/invoice show (INV-[\\w…-]+)", "/invoice show number:$1"),
            rule("/invoice override #(\\w+) <reason>", "/invoice override ticket:$1 reason:<reason>"),
            rule("/invoice terms <client> \\[rate=15\\.00\\] \\[term=14\\] \\[contact=([^\\]]+)\\] \\[channel=here\\]",
                    "/invoice terms client:<client> [rate:15.00] [term:14] [contact:$1] [bill_here:True]"),
            rule("/invoice list \\[client\\]", "/invoice list [client:…]"),
            rule("/invoice \\[client\\]", "/invoice issue [client:…]"));

    private DiscordIdiom() {
    }

    private static Rule rule(String regex, String replacement) {
        return new Rule(Pattern.compile(regex), replacement);
    }

    static String rewrite(String text) {
        if (text == null || !text.contains("/")) {
            return text;
        }
        String out = text;
        for (Rule r : RULES) {
            out = r.pattern().matcher(out).replaceAll(r.replacement());
        }
        return out;
    }
}
