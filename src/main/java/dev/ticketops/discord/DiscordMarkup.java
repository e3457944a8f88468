package dev.ticketops.discord;

import java.util.regex.Pattern;

/**
 * Keeps text people typed from turning into Discord markup that misleads: a masked link ({@code [bank login](https://…)})
 * shows the link's real address instead of a label, and {@code @everyone}, {@code @here}, {@code <@id>}, {@code <@&id>}
 * and {@code <#id>} stay words rather than mentions. Messages also carry an empty {@code allowed_mentions}, so nothing
 * pings even where Discord would render a mention.
 */
final class DiscordMarkup {
    private static final Pattern MASKED_LINK = Pattern.compile("\\]\\(");
    private static final Pattern BROADCAST = Pattern.compile("(?i)@(everyone|here)\\b");
    private static final Pattern MENTION = Pattern.compile("<([@#])");

    private DiscordMarkup() {
    }

    static String defuse(String text) {
        if (text == null) {
            return null;
        }
        String out = MASKED_LINK.matcher(text).replaceAll("]\\\\(");
        out = BROADCAST.matcher(out).replaceAll("@\u200B$1");
        return MENTION.matcher(out).replaceAll("<$1\u200B");
    }
}
