package dev.ticketops.domain.secrets;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values anchored on a word that names them, in the ways people write: "pw: xyz", "pw=xyz", "password： xyz",
 * "my password is xyz", "the wifi password was xyz", "password for the router: xyz", "secret xyz", "PIN 4711",
 * "api key - xyz". After an explicit label (":", "=") the value is taken as written; after "is", "was", "-" or
 * nothing it must read as a secret (a digit, a symbol, mixed case), so "my password is wrong" stays.
 */
final class KeywordRules implements SecretRule {
    private static final String PASSWORD_WORDS =
            "passwords?|passwd|passwort|kennwort|passcode|passphrase|pass|pwd|pw|p/w|pword";
    private static final String PIN_WORDS = "pin(?:\\s?code|\\s?number)?";
    private static final String TOKEN_WORDS = "client[\\s_-]?secret|shared[\\s_-]?secret|secret[\\s_-]?key|secret"
            + "|(?:access|auth|api|bearer|refresh|bot|personal\\s+access)[\\s_-]?token|token"
            + "|api[\\s_-]?key|apikey|access[\\s_-]?key|license[\\s_-]?key|licence[\\s_-]?key|product[\\s_-]?key"
            + "|recovery[\\s_-]?(?:key|codes?)|backup[\\s_-]?codes?|private[\\s_-]?key|key";

    private static final String STRONG = "[:=：]|=>|->";
    private static final String SEPARATOR = "(?:\\s*(?:" + STRONG + ")|\\s*[-–](?=\\s)|\\s+(?:is\\s+now|is\\s+set\\s+to|was\\s+set\\s+to"
            + "|set\\s+to|changed\\s+to|reset\\s+to|is|was|are|will\\s+be|should\\s+be|to)(?:\\s*[:=：])?)";
    private static final Pattern ANCHORED = Pattern.compile(
            "(?i)(?<![\\w/-])(?<kw>" + PASSWORD_WORDS + "|" + PIN_WORDS + "|" + TOKEN_WORDS + ")(?![\\w/])[\"']?"
                    + "(?:\\s+(?:for|to|of|on|at|in)\\s+[^\\n:=：|\\[\\]]{1,40}?(?<sepq>" + SEPARATOR + ")"
                    + "|\\s*\\([^)\\n]{1,30}\\)(?<sepp>" + SEPARATOR + ")"
                    + "|(?<sep>" + SEPARATOR + ")?)"
                    + "\\s*(?<v>\"[^\"\\n]{1,200}\"|'[^'\\n]{1,200}'|`[^`\\n]{1,200}`|[^\\s|]+)");

    private enum Family { PASSWORD, PIN, TOKEN }

    @Override
    public void find(String text, List<Finding> out) {
        Matcher m = ANCHORED.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.end("kw");
            int start = m.start("v");
            String value = m.group("v");
            if (Values.isMark(value)) {
                continue;
            }
            String sep = firstNonNull(m.group("sepq"), m.group("sepp"), m.group("sep"));
            boolean labelled = sep != null && sep.strip().matches(".*(?:[:=：]|->)");
            Family family = family(m.group("kw"));
            int end = m.end("v");
            boolean secret;
            boolean parameter = m.start("kw") > 0 && "?&;".indexOf(text.charAt(m.start("kw") - 1)) >= 0;
            if (Values.quoted(value)) {
                secret = !Values.placeholder(Values.core(value));
            } else if (parameter) {
                // a URL query or a connection string: the value ends at the next parameter
                end = Values.parameterEnd(text, start);
                secret = end > start && !Values.placeholder(Values.core(text.substring(start, end)));
            } else if (family == Family.PASSWORD && labelled) {
                end = Values.phraseEnd(text, start);
                secret = end > start && Values.labelledValue(text.substring(start, end));
            } else if (!labelled && value.indexOf(';') > 0) {
                // unlabelled words are prose, where a semicolon ends the clause ("Pass 1;Encrypt=true")
                end = start + value.indexOf(';');
                secret = family == Family.TOKEN ? Values.secretLooking(text.substring(start, end))
                        : Values.secretLooking(text.substring(start, end)) || Values.pinLike(text.substring(start, end));
            } else if (family == Family.PASSWORD || family == Family.PIN) {
                secret = Values.secretLooking(value) || Values.pinLike(value);
            } else {
                secret = labelled ? Values.tokenLike(value) : Values.secretLooking(value) && Values.core(value).length() >= 6;
            }
            if (secret && end > start) {
                out.add(new Finding(start, end, family == Family.TOKEN ? tokenKind(m.group("kw")) : "password"));
                from = end;
            }
        }
    }

    private static Family family(String keyword) {
        String k = keyword.toLowerCase(Locale.ROOT);
        if (k.matches(PIN_WORDS)) {
            return Family.PIN;
        }
        return k.matches(PASSWORD_WORDS) ? Family.PASSWORD : Family.TOKEN;
    }

    private static String tokenKind(String keyword) {
        String k = keyword.toLowerCase(Locale.ROOT);
        if (k.contains("token")) {
            return "token";
        }
        if (k.contains("secret")) {
            return "secret";
        }
        if (k.contains("recovery") || k.contains("backup")) {
            return "recovery code";
        }
        return k.contains("private") ? "private key" : "key";
    }

    private static String firstNonNull(String... s) {
        for (String x : s) {
            if (x != null) {
                return x;
            }
        }
        return null;
    }
}
