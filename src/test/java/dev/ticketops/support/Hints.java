package dev.ticketops.support;

import dev.ticketops.domain.Hint;
import dev.ticketops.slack.SlackSyntax;

/** Hints as a Slack user reads them: the core's tests check their words through the Slack syntax. */
public final class Hints {
    private Hints() {
    }

    public static String slack(Hint hint) {
        return SlackSyntax.INSTANCE.hint(hint);
    }
}
