package dev.ticketops.domain.secrets;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credentials in configuration and addresses: {@code .env} and shell lines ({@code DB_PASS=X}, {@code PGPASSWORD=X},
 * {@code export API_TOKEN=X}), JSON and YAML ({@code "password": "X"}, {@code clientSecret: X}), connection strings
 * ({@code Password=X;}, {@code AccountKey=X;}), URLs with {@code user:password@} and secret query parameters
 * ({@code ?token=X}, Azure SAS {@code &sig=X}).
 */
final class ConfigRules implements SecretRule {
    /** A setting whose name says it holds a secret: the last part of the name decides ("DB_PASS", "apiKey"). */
    private static final Pattern ASSIGNMENT = Pattern.compile("[\"']?(?<name>[A-Za-z][A-Za-z0-9_.-]{0,60})[\"']?\\s*(?<op>[=:])\\s*"
            + "(?<v>\"[^\"\\n]{0,200}\"|'[^'\\n]{0,200}'|[^\\s\"',;]+)");
    private static final Pattern GLUED = Pattern.compile("(?i).*(?:password|passwd|passphrase|secret|token|apikey|accountkey"
            + "|sharedaccesskey|privatekey)");
    private static final Pattern PART = Pattern.compile("(?i)pass|pwd|pw|pin|key|pat|sig|auth|creds|credentials|signature");
    private static final Pattern KEYWORD = Pattern.compile("(?i)passwords?|passwd|pass|pwd|pw|pin|key|token|tokens|secret|secrets"
            + "|auth|sig|signature|credentials|creds|passphrase|passcode|pat");
    private static final Pattern NOT_SECRET_PART = Pattern.compile("(?i)file|path|url|uri|length|policy|expiry|expires|hint|id"
            + "|name|user|username|reset|required|type|mode|header|field|count|size|min|max|rotation");

    private static final List<PatternRule> RULES = List.of(
            PatternRule.value("password in a connection string", "(?i)\\b(?:password|pwd)\\s*=\\s*(?<v>[^;\\n]{1,200}?)\\s*(?=;)",
                    (m, v) -> !Values.placeholder(Values.core(v))),
            PatternRule.value("Azure storage key", "(?i)\\b(?:accountkey|sharedaccesskey)\\s*=\\s*(?<v>[A-Za-z0-9+/=]{20,})",
                    (m, v) -> true),
            PatternRule.value("password in a URL", "(?i)\\b[a-z][a-z0-9+.-]{1,20}://[^\\s:/@]{1,200}:(?<v>[^\\s@/]{1,200})(?=@)",
                    (m, v) -> true),
            PatternRule.value("Azure SAS signature", "(?i)[?&;]sig=(?<v>[^&#\\s]{8,})", (m, v) -> true),
            PatternRule.value("secret in a URL", "(?i)[?&;#](?:password|passwd|pwd|pass|token|access_token|refresh_token|id_token"
                    + "|auth_token|api_key|apikey|key|secret|client_secret|signature|code_verifier)=(?<v>[^&#\\s]{3,})",
                    (m, v) -> !Values.placeholder(Values.core(v))));

    @Override
    public void find(String text, List<Finding> out) {
        RULES.forEach(r -> r.find(text, out));
        Matcher m = ASSIGNMENT.matcher(text);
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            // the next search starts at this value: "x: DB_PASS=y" holds a second, overlapping assignment
            from = Math.max(m.start("v"), m.start() + 1);
            String name = m.group("name");
            int start = m.start("v");
            int end = m.start("name") > 0 && "?&".indexOf(text.charAt(m.start("name") - 1)) >= 0
                    ? Values.parameterEnd(text, start) : m.end("v");
            String v = text.substring(start, end);
            boolean quotedName = m.start("name") > 0 && Values.isQuote(text.charAt(m.start("name") - 1));
            if (end <= start || Values.isMark(v) || !secretName(name, quotedName)) {
                continue;
            }
            boolean passwordLike = name.toLowerCase(Locale.ROOT).matches(".*(?:pass|pwd|pw|pin|passwd|password|passphrase|secret)");
            boolean secret = Values.quoted(v) ? !Values.placeholder(Values.core(v))
                    : passwordLike ? Values.labelledValue(v) : Values.tokenLike(v);
            if (secret) {
                out.add(new Finding(start, end, passwordLike ? "password" : "key or token"));
            }
        }
    }

    /** DB_PASS, PGPASSWORD, apiKey, client-secret, AWS_SECRET_ACCESS_KEY: yes; PASSWORD_FILE, TOKEN_URL, keyboard: no. */
    static boolean secretName(String name, boolean quoted) {
        String[] parts = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").split("[_.-]");
        String last = parts[parts.length - 1];
        if (NOT_SECRET_PART.matcher(last).matches() || parts.length == 1 && !quoted && KEYWORD.matcher(name).matches()) {
            // a bare "password:", "pw:" or "key:" is left to the keyword rules, which know English phrasing
            return false;
        }
        return GLUED.matcher(last).matches() || PART.matcher(last).matches()
                || (parts.length > 1 && parts[parts.length - 2].equalsIgnoreCase("secret") || parts.length > 1
                && parts[parts.length - 2].equalsIgnoreCase("access") && last.equalsIgnoreCase("key"));
    }

}
