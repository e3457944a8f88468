package dev.ticketops.domain.secrets;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule written as a regular expression: the group named {@code v} is the secret (or the whole match when there is
 * no such group), reported only when {@code accept} agrees it is a value and not ordinary words.
 */
record PatternRule(String kind, Pattern pattern, Accept accept) implements SecretRule {

    /** Decides on one match whether its value is a credential; may read other groups (the separator, the keyword). */
    @FunctionalInterface
    interface Accept {
        boolean test(Matcher m, String value);
    }

    static PatternRule whole(String kind, String regex) {
        return new PatternRule(kind, Pattern.compile(regex), (m, v) -> true);
    }

    static PatternRule value(String kind, String regex, Accept accept) {
        return new PatternRule(kind, Pattern.compile(regex), accept);
    }

    /** A match that is turned down gives back its text: a later match may start inside it ("x: DB_PASS=y"). */
    @Override
    public void find(String text, List<Finding> out) {
        Matcher m = pattern.matcher(text);
        boolean named = pattern.pattern().contains("(?<v>");
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            int start = named ? m.start("v") : m.start();
            int end = named ? m.end("v") : m.end();
            String value = start < 0 || end <= start ? "" : text.substring(start, end);
            // a value that holds an earlier redaction spans it: only a second pass could see that
            if (value.isEmpty() || Values.isMark(value) || named && value.contains(Values.MARK) || !accept.test(m, value)) {
                from = Math.max(m.start() + 1, named && start >= 0 ? start : 0);
                continue;
            }
            out.add(new Finding(start, end, kind));
            from = Math.max(end, m.start() + 1);
        }
    }
}
