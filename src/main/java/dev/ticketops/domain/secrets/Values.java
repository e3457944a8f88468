package dev.ticketops.domain.secrets;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a credential value from ordinary words: "my password is S03Hunter" holds one, "my password is wrong" does
 * not. The tests are deliberately simple, so that what is caught can be explained in one sentence each.
 */
final class Values {
    static final String MARK = "[redacted]";

    /** Words that follow "password:" or "token:" in support language and are never the secret itself. */
    private static final Set<String> NOT_A_VALUE = Set.of(
            "reset", "resets", "change", "changed", "changes", "changing", "expired", "expires", "expiry", "expiring",
            "expiration", "not", "no", "none", "missing", "required", "incorrect", "wrong", "invalid", "rejected",
            "locked", "forgot", "forgotten", "field", "fields", "prompt", "manager", "policy", "rules", "requirements",
            "complexity", "hint", "needed", "unknown", "same", "blank", "empty", "yes", "ok", "okay", "works", "working",
            "issue", "issues", "problem", "problems", "see", "below", "above", "attached", "sent", "shared", "via",
            "bitwarden", "link", "here", "there", "tbd", "todo", "hidden", "redacted", "n/a", "na", "unchanged",
            "request", "requested", "update", "updated", "sync", "synced", "length", "strength", "error", "errors",
            "fails", "failed", "failing", "broken", "help", "question", "at", "in", "on", "is", "was", "are", "the",
            "a", "an", "my", "your", "our", "their", "his", "her", "its", "this", "that", "it", "for", "to", "of",
            "with", "and", "or", "but", "please", "thanks", "again", "still", "too", "stored", "saved");

    /** Small words that mark a phrase as a sentence, not a passphrase ("users locked out" vs "correct horse battery"). */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "a", "an", "to", "is", "are", "was", "were", "be", "been", "not", "can't", "cannot", "won't", "doesn't",
            "don't", "isn't", "didn't", "after", "before", "for", "of", "in", "on", "at", "with", "when", "from", "out",
            "up", "again", "never", "no", "any", "every", "all", "my", "our", "your", "their", "this", "that", "it",
            "has", "have", "had", "will", "would", "should", "could", "does", "do", "did", "by", "we", "i", "you", "they",
            "he", "she", "keeps", "need", "needs", "how", "why", "what", "where", "who");

    private static final Pattern PLAIN_WORD = Pattern.compile("\\p{L}(?:\\p{Ll}*|\\p{Lu}*)(?:['’-]\\p{L}\\p{Ll}*)*");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\$\\{?\\w+}?|%\\w+%|<[^>]*>|\\{\\{.*}}|[*xX•.…_#-]{3,}|(?:~?/|[A-Za-z]:\\\\|\\./).*|\\?+");
    /** Numbers that are not credentials: ticket references, durations, amounts, times, dates, versions. */
    private static final Pattern ORDINARY_NUMBER = Pattern.compile(
            "#\\d+|\\d+(?:[.,]\\d+)?\\s?(?:h|hrs?|hours?|m|mins?|minutes?|d|days?|gb|mb|kb|%)|[$€£]\\d[\\d.,]*|\\d+[\\d.,:/-]*"
                    + "|v?\\d+(?:\\.\\d+)+|\\d+(?:st|nd|rd|th)|x\\d+", Pattern.CASE_INSENSITIVE);
    private static final String SYMBOLS = "!@$%^&*+=~_\\{}|`";
    private static final Pattern PIN = Pattern.compile("\\d{4,12}");

    private Values() {
    }

    static boolean isMark(String v) {
        return strip(v).startsWith(MARK) || v.startsWith(MARK);
    }

    /** The value without quotes around it, brackets, or sentence punctuation after it. */
    static String core(String v) {
        String s = v.strip();
        if (s.length() >= 2 && isQuote(s.charAt(0)) && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return strip(s);
    }

    private static String strip(String v) {
        String s = v.strip();
        int a = 0;
        int b = s.length();
        while (a < b && "([{\"'`“‘-–".indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && ".,;:)]}\"'`”’?".indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }

    static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '`';
    }

    static boolean quoted(String v) {
        String s = v.strip();
        return s.length() >= 3 && isQuote(s.charAt(0)) && s.charAt(s.length() - 1) == s.charAt(0);
    }

    static boolean placeholder(String core) {
        return core.isEmpty() || PLACEHOLDER.matcher(core).matches() || core.startsWith(MARK);
    }

    static boolean plainWord(String core) {
        return PLAIN_WORD.matcher(core).matches();
    }

    static boolean notAValue(String core) {
        return NOT_A_VALUE.contains(core.toLowerCase(Locale.ROOT));
    }

    /** Four or more digits: a PIN, or a password made of digits. */
    static boolean pinLike(String v) {
        return PIN.matcher(core(v)).matches();
    }

    /**
     * A single word that reads as a secret rather than English: four or more characters, not a plain word or a
     * number of the ordinary kind, with a digit, a symbol or mixed case ("S03Hunter", "Tr0ub4dor&3", "xK!pq").
     */
    static boolean secretLooking(String v) {
        if (quoted(v)) {
            return !placeholder(core(v));
        }
        String c = core(v);
        if (c.length() < 4 || placeholder(c) || plainWord(c) || notAValue(c) || ORDINARY_NUMBER.matcher(c).matches()) {
            return false;
        }
        boolean digit = false;
        boolean symbol = false;
        boolean lower = false;
        boolean upperAfterFirst = false;
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            digit |= Character.isDigit(ch);
            symbol |= SYMBOLS.indexOf(ch) >= 0;
            lower |= Character.isLowerCase(ch);
            upperAfterFirst |= i > 0 && Character.isUpperCase(ch);
        }
        return digit || symbol || (lower && upperAfterFirst);
    }

    /** After "token:", "api key=": a secret-looking word, or a long one that is not a word of English. */
    static boolean tokenLike(String v) {
        String c = core(v);
        return secretLooking(v) || (c.length() >= 12 && !plainWord(c) && !placeholder(c) && !c.contains(" "));
    }

    /**
     * After "password:" — an explicit label — any value is taken, unless the phrase reads as a sentence about the
     * password ("Password: reset link never arrives", "password: users locked out after 3 tries").
     */
    static boolean labelledValue(String phrase) {
        if (quoted(phrase)) {
            return !placeholder(core(phrase));
        }
        String[] words = phrase.strip().split("\\s+");
        String first = core(words[0]);
        if (first.length() < 3 || placeholder(first) || notAValue(first)) {
            return false;
        }
        if (words.length == 1 || !plainWord(first)) {
            return true;
        }
        boolean allPlain = true;
        boolean sentence = false;
        for (String w : words) {
            String c = core(w);
            allPlain &= plainWord(c) || c.isEmpty();
            sentence |= FUNCTION_WORDS.contains(c.toLowerCase(Locale.ROOT)) || NOT_A_VALUE.contains(c.toLowerCase(Locale.ROOT));
        }
        return !(allPlain && sentence);
    }

    private static final Pattern PHRASE_END = Pattern.compile(
            "\\n| \\| |[,;](?=\\s)|\\.(?=\\s|$)| \\(| [-–] |\\s(?=https?://)|\\Q" + MARK + "\\E"
                    + "|\\s(?=(?i:and|but|for|so|which|because|then|please|thanks|thank|if|when|on|in|to|from|since|until"
                    + "|or|after|before)\\b)");

    /** Where a value in a URL query or a connection string ends: at the next {@code &}, {@code ;}, {@code #} or space. */
    static int parameterEnd(String text, int start) {
        int i = start;
        while (i < text.length() && "&;#".indexOf(text.charAt(i)) < 0 && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Where a labelled value written after "password:" ends: a passphrase may hold spaces ("correct horse battery
     * staple"), so the value runs on for at most six words, to the end of the line or the first break in the
     * sentence (a comma, " (", " | ", a link, "and", "for", …).
     */
    static int phraseEnd(String text, int start) {
        int lineEnd = text.indexOf('\n', start);
        // six words of a passphrase fit in 300 characters; looking further only costs time on long texts
        int limit = Math.min(lineEnd < 0 ? text.length() : lineEnd, start + 300);
        var m = PHRASE_END.matcher(text).region(start, limit);
        int end = limit;
        while (m.find()) {
            if (m.start() > start) {
                end = m.start();
                break;
            }
        }
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord && ++words > 6) {
                end = i;
                break;
            }
            inWord = !space;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (end > start && ".,;:)".indexOf(text.charAt(end - 1)) >= 0 && end - start > 1) {
            end--;
        }
        return end;
    }
}
