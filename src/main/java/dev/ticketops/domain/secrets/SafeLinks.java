package dev.ticketops.domain.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bitwarden Send links — the right way to share a credential — are kept as they are: on send.bitwarden.com, or a
 * self-hosted vault's {@code /#/send/<id>/<key>}. Only the link's own characters are protected (a host without
 * user:password, an id and key in base64url), so nothing else can hide in it, and it hides nothing around it.
 */
final class SafeLinks {
    private static final Pattern SEND = Pattern.compile("(?i)https://(?:send\\.bitwarden\\.com/#/?(?:send/)?"
            + "|[a-z0-9.-]+(?::\\d{1,5})?(?:/[a-z0-9._-]+)*/#/send/)[A-Za-z0-9_-]+(?:/[A-Za-z0-9_-]+)?/?");

    private SafeLinks() {
    }

    record Span(int start, int end) {
    }

    static List<Span> in(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = SEND.matcher(text);
        while (m.find()) {
            spans.add(new Span(m.start(), m.end()));
        }
        return spans;
    }
}
