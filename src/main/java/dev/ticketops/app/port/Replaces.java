package dev.ticketops.app.port;

/**
 * The message a new message replaces in place (a card whose buttons were clicked), in the platform's own terms: the
 * message's id in the destination's channel (Slack's ts, Discord's message id), and/or a short-lived handle the
 * platform gave with the click (Slack's response_url, valid 30 minutes; Discord's interaction webhook, 15 minutes).
 * Each platform's sender prefers the id, which does not expire, and falls back to the handle.
 */
public record Replaces(String messageId, String handle) {
    public Replaces {
        messageId = blankToNull(messageId);
        handle = blankToNull(handle);
        if (messageId == null && handle == null) {
            throw new IllegalArgumentException("a replacement needs the message id or a handle");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
