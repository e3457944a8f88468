package dev.ticketops.domain.secrets;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keys with no name and no known shape: long hex strings (48+ characters of digits and letters; a 40-character git commit id
 * is left alone) and long unbroken runs that mix letters and digits with about four bits of randomness per character.
 */
final class RandomStrings implements SecretRule {
    private static final Pattern HEX = Pattern.compile("\\b[0-9a-fA-F]{48,}\\b");
    private static final Pattern CANDIDATE = Pattern.compile("[A-Za-z0-9+/_\\-]{24,}={0,2}");

    @Override
    public void find(String text, List<Finding> out) {
        Matcher h = HEX.matcher(text);
        while (h.find()) {
            // a key mixes digits and letters; "dddd…" or "0000…" is filler
            if (h.group().chars().anyMatch(Character::isDigit) && h.group().chars().anyMatch(Character::isLetter)) {
                out.add(new Finding(h.start(), h.end(), "hex key"));
            }
        }
        Matcher c = CANDIDATE.matcher(text);
        while (c.find()) {
            if (looksRandom(c.group())) {
                out.add(new Finding(c.start(), c.end(), "secret-looking token"));
            }
        }
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
        if (!digit || !(lower || upper) || s.chars().allMatch(ch -> "0123456789abcdefABCDEF-".indexOf(ch) >= 0)) {
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
