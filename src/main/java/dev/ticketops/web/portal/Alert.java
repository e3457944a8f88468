package dev.ticketops.web.portal;

import dev.ticketops.domain.CredentialScanner;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Result;
import java.util.Set;

/**
 * A result shown at the top of a page: what happened, or a refusal with why and what to do instead (the hint in the
 * portal's words). Text that may quote what a person typed is redacted, as chat redacts its replies.
 */
public record Alert(Kind kind, String text, String hint) {
    public enum Kind { SUCCESS, WARNING, REFUSAL }

    public Alert {
        text = CredentialScanner.redact(text).text();
        hint = hint == null || hint.isBlank() ? null : CredentialScanner.redact(hint).text();
    }

    public static Alert success(String text) {
        return new Alert(Kind.SUCCESS, text, null);
    }

    public static Alert warning(String text) {
        return new Alert(Kind.WARNING, text, null);
    }

    public static Alert refusal(String reason, Hint hint) {
        return new Alert(Kind.REFUSAL, reason, WebSyntax.INSTANCE.hint(hint));
    }

    public static Alert of(Result.Refused<?> r) {
        return refusal(r.reason(), r.hint());
    }

    /** The credential advice, when credentials were taken out of what the person typed; null otherwise. */
    public static Alert credentials(Set<String> kinds) {
        return kinds == null || kinds.isEmpty() ? null : warning("Credentials were removed from what you typed ("
                + String.join(", ", kinds) + "). " + CredentialScanner.ADVICE);
    }

    public String css() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    public String role() {
        return kind == Kind.REFUSAL ? "alert" : "status";
    }
}
