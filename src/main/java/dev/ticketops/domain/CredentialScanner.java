package dev.ticketops.domain;

import dev.ticketops.domain.secrets.SecretDetector;
import java.util.Set;

/**
 * Finds credentials in what a person typed before it is stored, shown, logged or posted, and puts {@value #MARK}
 * in their place. Bitwarden Send links — the way credentials should be shared — are kept as they are. The rules
 * live in {@link dev.ticketops.domain.secrets}, one file per family.
 */
public final class CredentialScanner {
    public static final String MARK = SecretDetector.MARK;
    public static final String ADVICE = "Never put passwords, keys or tokens in a ticket. Share them with a Bitwarden Send"
            + " link with an expiry (https://send.bitwarden.com) and paste the link instead.";

    private CredentialScanner() {
    }

    /** The text with every credential found replaced, and the kinds found (empty when the text was clean). */
    public record Redaction(String text, Set<String> kinds) {
        public Redaction {
            kinds = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(kinds));
        }

        public boolean redacted() {
            return !kinds.isEmpty();
        }
    }

    public static Redaction redact(String text) {
        if (text == null || text.isEmpty()) {
            return new Redaction(text, Set.of());
        }
        SecretDetector.Result r = SecretDetector.redact(text);
        return new Redaction(r.text(), r.kinds());
    }

    /**
     * Whether the text holds a credential or a mark where one was: for names and contacts, which are refused
     * rather than stored with a hole in them.
     */
    public static boolean mentionsCredential(String text) {
        return text != null && (text.contains(MARK) || redact(text).redacted());
    }
}
