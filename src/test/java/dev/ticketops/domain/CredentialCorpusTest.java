package dev.ticketops.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The credential corpus: how people write credentials (src/test/resources/credentials/must-catch.txt) and ordinary
 * support sentences that must come back untouched (must-pass.txt). The hit and false-alarm rates printed by
 * {@link #corpusFigures()} are the ones the README quotes.
 */
class CredentialCorpusTest {
    private static final Pattern SEND_LINK = Pattern.compile("https://\\S+/#/send/[A-Za-z0-9_-]+(?:/[A-Za-z0-9_-]+)?");

    record Caught(String text, String secret) {
        @Override
        public String toString() {
            return text.replace("\n", "⏎");
        }
    }

    static List<Caught> mustCatch() {
        return lines("must-catch.txt").stream().map(l -> {
            int bar = l.lastIndexOf(" || ");
            return new Caught(l.substring(0, bar).replace("\\n", "\n"), l.substring(bar + 4).replace("\\n", "\n"));
        }).toList();
    }

    static List<String> mustPass() {
        return lines("must-pass.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mustCatch")
    void everyPhrasing_losesItsSecret_andKeepsBitwardenLinks(Caught c) {
        var r = CredentialScanner.redact(c.text());
        assertThat(r.redacted()).as("found something in %s", c.text()).isTrue();
        assertThat(r.text()).as("redacted %s", c.text()).doesNotContain(c.secret()).contains(CredentialScanner.MARK);
        Matcher links = SEND_LINK.matcher(c.text());
        while (links.find()) {
            assertThat(r.text()).contains(links.group());
        }
        assertThat(CredentialScanner.redact(r.text()).text()).as("idempotent").isEqualTo(r.text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mustPass")
    void ordinarySupportLanguage_comesBackUnchanged(String text) {
        var r = CredentialScanner.redact(text);
        assertThat(r.kinds()).as(text).isEmpty();
        assertThat(r.text()).isEqualTo(text);
    }

    @Test
    void theCorpusIsLargeEnough_andItsFiguresArePrinted() {
        List<Caught> catches = mustCatch();
        List<String> passes = mustPass();
        long hits = catches.stream().filter(c -> !CredentialScanner.redact(c.text()).text().contains(c.secret())).count();
        long alarms = passes.stream().filter(p -> CredentialScanner.redact(p).redacted()).count();
        System.out.printf("credential corpus: caught %d of %d (%.1f%%), false alarms %d of %d (%.1f%%)%n", hits, catches.size(),
                100.0 * hits / catches.size(), alarms, passes.size(), 100.0 * alarms / passes.size());
        assertThat(catches).hasSizeGreaterThanOrEqualTo(80);
        assertThat(passes).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void theObservedPhrasings_nameWhatWasFound() {
        assertThat(CredentialScanner.redact("mysql -uroot -pS15dbpass").kinds()).containsExactly("password on a command line");
        assertThat(CredentialScanner.redact("Authorization: Bearer S14tokenvalue").kinds()).contains("Authorization header");
        assertThat(CredentialScanner.redact("card 4111 1111 1111 1111").kinds()).containsExactly("card number");
        assertThat(CredentialScanner.redact("pw: xyzS02abc").text()).isEqualTo("pw: [redacted]");
        assertThat(CredentialScanner.redact("password: Hunter2S12 (also see https://send.bitwarden.com/#/send/abc123)").text())
                .isEqualTo("password: [redacted] (also see https://send.bitwarden.com/#/send/abc123)");
    }

    private static List<String> lines(String name) {
        try (InputStream in = CredentialCorpusTest.class.getResourceAsStream("/credentials/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
