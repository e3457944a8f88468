package dev.ticketops.domain.secrets;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Payment card numbers: 13 to 19 digits, in groups or not, that start like a card scheme's numbers (Visa,
 * Mastercard, Amex, Discover, JCB, Diners) and pass the Luhn check, so order and phone numbers stay.
 */
final class CardNumbers implements SecretRule {
    private static final Pattern CANDIDATE = Pattern.compile("(?<![\\d-])(?:\\d[ -]?){12,18}\\d(?![\\d-])");
    private static final Pattern SCHEME = Pattern.compile("4\\d{12}(?:\\d{3}){0,2}|5[1-5]\\d{14}|2(?:2[2-9]|[3-6]\\d|7[01])\\d{13}"
            + "|2720\\d{12}|3[47]\\d{13}|6(?:011|5\\d\\d)\\d{12,15}|35(?:2[89]|[3-8]\\d)\\d{12,15}|3(?:0[0-5]|[689]\\d)\\d{11,16}");

    @Override
    public void find(String text, List<Finding> out) {
        Matcher m = CANDIDATE.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("[ -]", "");
            if (SCHEME.matcher(digits).matches() && luhn(digits)) {
                out.add(new Finding(m.start(), m.end(), "card number"));
            }
        }
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
