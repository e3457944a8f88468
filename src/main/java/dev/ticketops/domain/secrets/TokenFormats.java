package dev.ticketops.domain.secrets;

import java.util.List;

/**
 * Credentials recognisable by their shape alone, wherever they appear: private key blocks (PEM, OpenSSH, PGP,
 * PuTTY), cloud and service keys (AWS, Google, Azure), chat and code-host tokens (Slack, Discord, GitHub, GitLab,
 * npm), payment keys (Stripe), JSON web tokens, and TOTP seeds ({@code otpauth://} links, "2FA secret: JBSW…").
 */
final class TokenFormats implements SecretRule {
    private static final List<PatternRule> RULES = List.of(
            PatternRule.whole("private key", "-----BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----[\\s\\S]*?"
                    + "(?:-----END[A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----|\\z)"),
            PatternRule.whole("private key", "PuTTY-User-Key-File-\\d:[\\s\\S]*?(?:Private-MAC:\\s*\\S+|\\z)"),
            PatternRule.whole("AWS key", "\\b(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}\\b"),
            PatternRule.whole("Google API key", "\\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])"),
            PatternRule.whole("Google OAuth secret", "\\bGOCSPX-[0-9A-Za-z_-]{20,}"),
            PatternRule.whole("Google token", "\\bya29\\.[0-9A-Za-z_-]{20,}"),
            PatternRule.whole("Azure client secret", "(?<![\\w~.-])[A-Za-z0-9_~.-]{3}\\dQ~[A-Za-z0-9_~.-]{31,34}(?![\\w~.-])"),
            PatternRule.whole("Azure storage key", "(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{86}==(?![A-Za-z0-9+/=])"),
            PatternRule.whole("JSON web token", "\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"),
            PatternRule.whole("Slack token", "\\bx(?:ox[abposrce]|app)-[A-Za-z0-9-]{10,}"),
            PatternRule.value("Slack webhook", "(?i)hooks\\.slack\\.com/(?:services|workflows)/(?<v>[A-Za-z0-9/_-]{20,})", (m, v) -> true),
            PatternRule.whole("Discord token", "\\b[MNO][A-Za-z\\d_-]{23,27}\\.[A-Za-z\\d_-]{6}\\.[A-Za-z\\d_-]{27,40}\\b"),
            PatternRule.value("Discord webhook", "(?i)discord(?:app)?\\.com/api/webhooks/\\d+/(?<v>[A-Za-z0-9_-]{20,})", (m, v) -> true),
            PatternRule.whole("GitHub token", "\\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,})"),
            PatternRule.whole("GitLab token", "\\bglpat-[A-Za-z0-9_-]{20,}"),
            PatternRule.whole("npm token", "\\bnpm_[A-Za-z0-9]{36}\\b"),
            PatternRule.whole("Stripe key", "\\b(?:[rs]k|whsec)_(?:live|test)?_?[A-Za-z0-9]{16,}"),
            PatternRule.whole("API key", "\\bsk-(?:proj-|ant-(?:api\\d\\d-)?)?[A-Za-z0-9_-]{20,}"),
            PatternRule.whole("SendGrid key", "\\bSG\\.[A-Za-z0-9_-]{16,}\\.[A-Za-z0-9_-]{16,}"),
            PatternRule.value("TOTP seed", "(?i)otpauth://[^\\s?]*\\?(?:[^\\s#]*?&)?secret=(?<v>[^&#\\s]+)", (m, v) -> true),
            PatternRule.value("TOTP seed", "(?i)\\b(?:totp|otp|2fa|mfa|two[- ]factor|authenticator)\\b[^\\n]{0,30}?"
                    + "\\b(?:seed|secret|key|setup\\s+key)\\b\\s*(?:[:=：]|is)?\\s*(?<v>[A-Z2-7]{4}(?:\\s?[A-Z2-7]{4}){3,}=*)",
                    (m, v) -> true));

    @Override
    public void find(String text, List<Finding> out) {
        RULES.forEach(r -> r.find(text, out));
    }
}
