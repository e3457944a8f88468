package dev.ticketops.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds credentials in text before it is stored or echoed, and puts {@value #MARK} in their place. Bitwarden Send
 * links — the way credentials should be shared — are kept as they are.
 */
public final class CredentialScanner {
    public static final String MARK = "[redacted]";
    public static final String ADVICE = "Never put passwords, keys or tokens in a ticket. Share them with a Bitwarden Send"
            + " link with an expiry (https://send.bitwarden.com) and paste the link instead.";

    private record Rule(String kind, Pattern pattern, int keepGroup) {
    }

    private static final Pattern BITWARDEN_SEND = Pattern.compile(
            "https://(?:send\\.bitwarden\\.com|vault\\.bitwarden\\.(?:com|eu)/#/send)/\\S+", Pattern.CASE_INSENSITIVE);

    private static final List<Rule> RULES = List.of(
            new Rule("private key", Pattern.compile(
                    "-----BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY( BLOCK)?-----[\\s\\S]*?(?:-----END[A-Z0-9 ]{0,40}PRIVATE KEY( BLOCK)?-----|\\z)"), 0),
            new Rule("password in a URL", Pattern.compile(
                    "(?i)\\b([a-z][a-z0-9+.-]{1,20}://[^\\s:/@]{1,200}:)[^\\s@/]{1,200}(?=@)"), 1),
            new Rule("Slack token", Pattern.compile("\\bx(?:ox[abposrce]|app)-[A-Za-z0-9-]{10,}"), 0),
            new Rule("GitHub token", Pattern.compile("\\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{22,})"), 0),
            new Rule("AWS key", Pattern.compile("\\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\\b"), 0),
            new Rule("JSON web token", Pattern.compile("\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"), 0),
            new Rule("Stripe key", Pattern.compile("\\b[rsp]k_(?:live|test)_[A-Za-z0-9]{16,}"), 0),
            new Rule("Discord token", Pattern.compile("\\b[MNO][A-Za-z\\d_-]{23,27}\\.[A-Za-z\\d_-]{6}\\.[A-Za-z\\d_-]{27,40}\\b"), 0),
            // a password may hold spaces ("correct horse battery"): everything after the label to the end of the line
            new Rule("password", Pattern.compile(
                    "(?i)\\b((?:password|passwd|passcode|passphrase|pwd|pass|pin|secret)\\s*(?:is\\s*)?[:=]\\s*)"
                            + "(\"[^\"\\n]{1,200}\"|'[^'\\n]{1,200}'|[^\\n]{1,200})"), 1),
            new Rule("key or token", Pattern.compile(
                    "(?i)\\b((?:client[_-]?secret|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|auth[_-]?token"
                            + "|access[_-]?token|token)\\s*(?:is\\s*)?[:=]\\s*)"
                            + "(\"[^\"\\n]{1,200}\"|'[^'\\n]{1,200}'|[^\\s,;]{1,200})"), 1),
            // long hex strings are keys and hashes of secrets (a git commit id, 40 characters, is left alone)
            new Rule("hex key", Pattern.compile("\\b[0-9a-fA-F]{48,}\\b"), 0));

    /** Long unbroken runs of token characters; checked for randomness one by one. */
    private static final Pattern CANDIDATE = Pattern.compile("[A-Za-z0-9+/=_\\-]{24,}");

    private CredentialScanner() {
    }

    /** The text with every credential found replaced, and the kinds found (empty when the text was clean). */
    public record Redaction(String text, Set<String> kinds) {
        public boolean redacted() {
            return !kinds.isEmpty();
        }
    }

    public static Redaction redact(String text) {
        if (text == null || text.isEmpty()) {
            return new Redaction(text, Set.of());
        }
        // Keep Bitwarden Send links out of reach of every rule.
        List<String> kept = new ArrayList<>();
        Matcher bw = BITWARDEN_SEND.matcher(text);
        StringBuilder shielded = new StringBuilder();
        while (bw.find()) {
            kept.add(bw.group());
            bw.appendReplacement(shielded, Matcher.quoteReplacement("\u0000" + (kept.size() - 1) + "\u0000"));
        }
        bw.appendTail(shielded);

        Set<String> kinds = new LinkedHashSet<>();
        String out = shielded.toString();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(out);
            StringBuilder sb = new StringBuilder();
            boolean any = false;
            while (m.find()) {
                String value = rule.keepGroup() == 0 ? m.group() : m.group().substring(m.group(rule.keepGroup()).length());
                if (value.equals(MARK) || value.contains("\u0000")) {
                    continue;
                }
                any = true;
                String keep = rule.keepGroup() == 0 ? "" : m.group(rule.keepGroup());
                m.appendReplacement(sb, Matcher.quoteReplacement(keep + MARK));
            }
            if (any) {
                m.appendTail(sb);
                out = sb.toString();
                kinds.add(rule.kind());
            }
        }
        Matcher c = CANDIDATE.matcher(out);
        StringBuilder sb = new StringBuilder();
        boolean any = false;
        while (c.find()) {
            if (looksRandom(c.group())) {
                any = true;
                c.appendReplacement(sb, Matcher.quoteReplacement(MARK));
            }
        }
        if (any) {
            c.appendTail(sb);
            out = sb.toString();
            kinds.add("secret-looking token");
        }
        for (int i = 0; i < kept.size(); i++) {
            out = out.replace("\u0000" + i + "\u0000", kept.get(i));
        }
        return new Redaction(out, Set.copyOf(kinds));
    }

    /** A run is a secret when it mixes letters and digits and carries about 4 bits or more per character. */
    static boolean looksRandom(String s) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        int[] counts = new int[128];
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            lower |= Character.isLowerCase(ch);
            upper |= Character.isUpperCase(ch);
            digit |= Character.isDigit(ch);
            counts[ch]++;
        }
        if (!digit || !(lower || upper) || (s.chars().allMatch(ch -> "0123456789abcdefABCDEF-".indexOf(ch) >= 0))) {
            return false;
        }
        double entropy = 0;
        for (int n : counts) {
            if (n > 0) {
                double p = (double) n / s.length();
                entropy -= p * (Math.log(p) / Math.log(2));
            }
        }
        return entropy >= 3.8 && (lower && upper || s.length() >= 32);
    }
}
