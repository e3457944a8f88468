package dev.ticketops.domain.secrets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs every rule family over the text as written, keeps Bitwarden Send links out of every finding, and replaces
 * what is left with {@value Values#MARK}. Redacting twice changes nothing: no rule reports a value that is the mark.
 */
public final class SecretDetector {
    public static final String MARK = Values.MARK;

    private static final List<SecretRule> RULES = List.of(new TokenFormats(), new CommandLineRules(), new ConfigRules(),
            new KeywordRules(), new LoginPairs(), new CardNumbers(), new RandomStrings());

    private SecretDetector() {
    }

    /** The text with every credential replaced, and the kinds found, in order of appearance. */
    public record Result(String text, Set<String> kinds) {
    }

    public static Result redact(String text) {
        List<Finding> found = find(text);
        if (found.isEmpty()) {
            return new Result(text, Set.of());
        }
        StringBuilder out = new StringBuilder();
        Set<String> kinds = new LinkedHashSet<>();
        int at = 0;
        for (Finding f : merge(found)) {
            out.append(text, at, f.start()).append(MARK);
            at = f.end();
        }
        found.stream().sorted(Comparator.comparingInt(Finding::start)).forEach(f -> kinds.add(f.kind()));
        return new Result(out.append(text.substring(at)).toString(), kinds);
    }

    /** Every credential in the text, outside Bitwarden Send links; findings may overlap. */
    static List<Finding> find(String text) {
        List<Finding> raw = new ArrayList<>();
        for (SecretRule rule : RULES) {
            rule.find(text, raw);
        }
        List<SafeLinks.Span> safe = SafeLinks.in(text);
        List<Finding> kept = new ArrayList<>();
        for (Finding f : raw) {
            Finding clipped = tidy(f, text);
            for (SafeLinks.Span s : safe) {
                clipped = clipped == null ? null : outside(clipped, s, text);
            }
            if (clipped != null) {
                kept.add(clipped);
            }
        }
        return kept;
    }

    /**
     * The value without the quotes around it or the punctuation that ends the sentence after it: {@code "pw": "x"}
     * becomes {@code "pw": "[redacted]"}, and "try X, then" keeps its comma.
     */
    private static Finding tidy(Finding f, String text) {
        int start = f.start();
        int end = f.end();
        char first = text.charAt(start);
        if (end - start >= 3 && "\"'`".indexOf(first) >= 0 && text.charAt(end - 1) == first) {
            return new Finding(start + 1, end - 1, f.kind());
        }
        while (end - start > 1 && ".,;:)?\"'`".indexOf(text.charAt(end - 1)) >= 0
                && (end == text.length() || Character.isWhitespace(text.charAt(end)) || ".,;:)?\"'`}]".indexOf(text.charAt(end)) >= 0)) {
            end--;
        }
        return new Finding(start, end, f.kind());
    }

    /** The part of {@code f} before (or else after) the link; null when nothing is left. */
    private static Finding outside(Finding f, SafeLinks.Span s, String text) {
        if (!f.overlaps(s.start(), s.end())) {
            return f;
        }
        int start = f.start();
        int end = f.end();
        if (start < s.start()) {
            end = s.start();
        } else if (end > s.end()) {
            start = s.end();
        } else {
            return null;
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '(')) {
            end--;
        }
        return end > start ? new Finding(start, end, f.kind()) : null;
    }

    private static List<Finding> merge(List<Finding> found) {
        List<Finding> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Finding::start));
        List<Finding> merged = new ArrayList<>();
        for (Finding f : sorted) {
            Finding last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && f.start() <= last.end()) {
                merged.set(merged.size() - 1, new Finding(last.start(), Math.max(last.end(), f.end()), last.kind()));
            } else {
                merged.add(f);
            }
        }
        return merged;
    }
}
