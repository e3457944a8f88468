package dev.ticketops.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Redaction never lets a generated secret through, whatever the sentence around it, and redacting twice is a no-op. */
class CredentialPropertiesTest {
    static final List<String> PHRASINGS = List.of(
            "pw: %s", "pw=%s", "password： %s", "my password is %s", "the wifi password was %s", "password for the router: %s",
            "user admin pass %s", "login admin / %s", "secret %s", "token: %s", "api key = %s", "Authorization: Bearer %s",
            "mysql -uroot -p%s", "--password=%s", "--password %s", "PGPASSWORD=%s", "DB_PASS=%s", "Password=%s;",
            "https://admin:%s@db.example.com/", "the pin is %s", "passphrase - %s", "\"password\": \"%s\"",
            "credentials: bob:%s", "my pw is %s", "new password %s");
    static final List<String> WORDS = List.of("the", "printer", "is", "broken", "since", "Monday", "please", "help", "VPN",
            "router", "#12", "2-3h", "login", "page", "slow", "reset", "email", "https://send.bitwarden.com/#/send/AbC12/xYz34",
            "and", "thanks", "key", "field", "greyed", "out", "(see", "below)", "—", "[redacted]", "café", "12:30", "$40.00");

    @Provide
    Arbitrary<String> secrets() {
        Arbitrary<String> body = Arbitraries.strings().withChars("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ!@$%^&*+")
                .ofMinLength(5).ofMaxLength(16);
        return Combinators.combine(body, Arbitraries.integers().between(0, 9)).as((b, d) -> "S" + d + b + "x");
    }

    @Provide
    Arbitrary<String> prose() {
        return Arbitraries.of(WORDS).list().ofMaxSize(8).map(l -> String.join(" ", l));
    }

    @Property(tries = 1000)
    void aSecretInAnyPhrasing_neverSurvives(@ForAll("secrets") String secret, @ForAll("phrasings") String phrasing,
                                             @ForAll("prose") String before, @ForAll("prose") String after) {
        String text = (before.isEmpty() ? "" : before + "\n") + phrasing.formatted(secret) + (after.isEmpty() ? "" : " " + after);
        var r = CredentialScanner.redact(text);
        assertThat(r.text()).as(text).doesNotContain(secret);
        assertThat(r.kinds()).isNotEmpty();
        assertThat(r.text()).contains(text.contains("https://send.bitwarden.com/#/send/AbC12/xYz34")
                ? "https://send.bitwarden.com/#/send/AbC12/xYz34" : "");
    }

    @Provide
    Arbitrary<String> phrasings() {
        return Arbitraries.of(PHRASINGS);
    }

    @Property(tries = 1000)
    void redactingTwice_changesNothing(@ForAll("mixed") String text) {
        String once = CredentialScanner.redact(text).text();
        var twice = CredentialScanner.redact(once);
        assertThat(twice.text()).as(text).isEqualTo(once);
        assertThat(twice.kinds()).as("nothing found in %s", once).isEmpty();
    }

    /** Prose, credential phrasings and raw characters, mixed. */
    @Provide
    Arbitrary<String> mixed() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(WORDS),
                Combinators.combine(Arbitraries.of(PHRASINGS), secrets()).as(String::formatted),
                Arbitraries.strings().ofMaxLength(12).withChars("aZ09 :=/@;&|-_.!\"'\n"));
        return piece.list().ofMaxSize(10).map(l -> String.join(" ", l));
    }
}
