package dev.ticketops.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class CredentialScannerTest {

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "password: hunter2 | hunter2", "pwd=Tr0ub4dor&3 | Tr0ub4dor&3", "PASSWORD = 'correct horse' | correct horse",
            "my password is: letmein99 | letmein99", "password: correct horse battery staple | horse battery",
            "api_key=sk_abcdefghijklmnop | sk_abcdefghijklmnop", "token: abc123def456 | abc123def456",
            "xoxb-1234567890-abcdefghijklmnop | abcdefghijklmnop", "ghp_abcdefghijklmnopqrstuvwxyz0123456789 | ghp_",
            "AKIAIOSFODNN7EXAMPLE | AKIAIOSFODNN7EXAMPLE",
            "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U | dozjgNryP4J3",
            "k8Jd92LmQp4ZxT7rWv1NbY6cHs3Ge0Uf | k8Jd92LmQp4Zx", "sk_live_abcdefghijklmnop1234 | sk_live_",
            "key 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 | 9f86d081884c7d65"})
    void findsCredentials_andKeepsThemOut(String secretText, String secret) {
        var r = CredentialScanner.redact("before " + secretText + " after");
        assertThat(r.redacted()).as(secretText).isTrue();
        assertThat(r.text()).contains(CredentialScanner.MARK).startsWith("before ").doesNotContain(secret.strip());
    }

    @Test
    void aKeyOrToken_isOneWord_soTheRestOfTheSentenceStays() {
        assertThat(CredentialScanner.redact("token: abc123def456 for the staging API").text())
                .isEqualTo("token: [redacted] for the staging API");
        assertThat(CredentialScanner.redact("password: hunter2 please\nthe server is web01").text())
                .isEqualTo("password: [redacted] please\nthe server is web01");
    }

    @Test
    void urlCredentials_keepTheUserAndHost() {
        var r = CredentialScanner.redact("db at postgres://admin:s3cr3t@db.example.com:5432/app");
        assertThat(r.text()).isEqualTo("db at postgres://admin:[redacted]@db.example.com:5432/app");
    }

    @Test
    void privateKeyBlocks_areRemovedWhole() {
        String key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\nAAAA\n-----END OPENSSH PRIVATE KEY-----";
        var r = CredentialScanner.redact("here: " + key + " thanks");
        assertThat(r.text()).isEqualTo("here: [redacted] thanks");
    }

    @Test
    void bitwardenSendLinks_areKeptAsTheyAre() {
        String link = "https://send.bitwarden.com/#Yd8hA7k2QkmUXbCzAF3s4Q/Zk9WcGx3dHM4a2p2bnQ0dWlqNw";
        var r = CredentialScanner.redact("Credentials: " + link);
        assertThat(r.redacted()).isFalse();
        assertThat(r.text()).isEqualTo("Credentials: " + link);
        String vault = "https://vault.bitwarden.com/#/send/AbCdEf123456GhIjKl/MnOpQrStUvWx987654";
        assertThat(CredentialScanner.redact(vault).text()).isEqualTo(vault);
    }

    @Test
    void ordinaryText_isLeftAlone() {
        String text = "The checkout page (https://shop.example.com/cart?item=42) fails since commit 3f2a9c1d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39; "
                + "UUID 123e4567-e89b-12d3-a456-426614174000, ticket #152, 2–3 hours, café ☕";
        var r = CredentialScanner.redact(text);
        assertThat(r.redacted()).isFalse();
        assertThat(r.text()).isEqualTo(text);
    }
}
