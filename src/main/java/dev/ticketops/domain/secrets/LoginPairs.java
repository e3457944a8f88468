package dev.ticketops.domain.secrets;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user name and its password written as a pair after a login word: "login admin / S13Secret!", "credentials:
 * bob:hunter2", "the login for the NAS is admin / S13Secret", "user admin S3cret!". The user name stays.
 */
final class LoginPairs implements SecretRule {
    private static final String LOGIN_WORDS = "login|log-in|logon|sign-in|signin|user(?:name)?|account|acct|creds|credentials"
            + "|u/p|user/pass";
    private static final Pattern SLASHED = Pattern.compile("(?i)(?<![\\w-])(?:" + LOGIN_WORDS + ")(?=\\s|[:=：])(?:\\s*[:=：])?[^\\n/|:\\[\\]]{0,40}?"
            + "(?<user>[^\\s/:|]{1,64})\\s*/\\s*(?<v>[^\\s|]+)");
    private static final Pattern COLON = Pattern.compile("(?i)(?<![\\w-])(?:" + LOGIN_WORDS + ")(?=\\s|[:=：])"
            + "(?:\\s*[:=：]|\\s+(?:is|are|was|were))?\\s*(?<user>[^\\s/:|@]{1,64}):(?<v>[^\\s|]+)");
    private static final Pattern SPACED = Pattern.compile("(?i)(?<![\\w-])(?:" + LOGIN_WORDS + ")(?=\\s|[:=：])"
            + "(?:\\s*[:=：]|\\s+(?:is|are|was|were))?\\s*(?<user>[^\\s/:|]{1,64})\\s+(?<v>[^\\s|]+)");

    @Override
    public void find(String text, List<Finding> out) {
        add(SLASHED.matcher(text), out, true);
        add(COLON.matcher(text), out, true);
        add(SPACED.matcher(text), out, false);
    }

    private static void add(Matcher m, List<Finding> out, boolean separated) {
        int from = 0;
        while (m.find(from)) {
            from = m.start() + 1;
            String v = m.group("v");
            String user = m.group("user");
            // a value or user that holds an earlier redaction spans it: only a second pass could see that
            if (v.contains(Values.MARK) || user.contains(Values.MARK) || user.contains("=") || v.contains("://")
                    || Values.notAValue(Values.core(user))) {
                continue;
            }
            boolean secret = Values.secretLooking(v) || (separated && Values.pinLike(v))
                    || (separated && !Values.plainWord(Values.core(v)) && Values.tokenLike(v));
            if (secret) {
                out.add(new Finding(m.start("v"), m.end("v"), "password"));
            }
        }
    }
}
