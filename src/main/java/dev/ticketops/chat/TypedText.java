package dev.ticketops.chat;

import dev.ticketops.domain.CredentialScanner;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a person typed, with credentials taken out once, where it enters the conversation: the raw text of a slash
 * command before it is parsed, or each typed field of a command that arrives already split (Discord options, the
 * Slack form). Everything later — use cases, stored rows, replies, stored replies — only ever sees the redacted text.
 */
final class TypedText {
    private final Set<String> kinds = new LinkedHashSet<>();

    /** The kinds of credential removed so far, in the order they were found. */
    Set<String> kinds() {
        return kinds;
    }

    String redact(String text) {
        if (text == null) {
            return null;
        }
        var r = CredentialScanner.redact(text);
        kinds.addAll(r.kinds());
        return r.text();
    }
}
