package dev.ticketops.domain;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A way clients pay, one of the agency's {@link PaymentMethods} (Wise and PayPal by default): a short code as staff type
 * it ({@code wise}) and the name people read ({@code Wise}).
 */
public record PaymentMethod(String code, String label) {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_-]{0,31}");
    private static final Map<String, String> KNOWN = Map.of("wise", "Wise", "paypal", "PayPal", "bank", "Bank transfer",
            "card", "Card", "stripe", "Stripe", "cash", "Cash", "check", "Check", "ach", "ACH transfer", "zoho", "Zoho Invoice");
    private static final Map<String, String> ALIASES = Map.of("transferwise", "wise");

    public static final PaymentMethod WISE = of("wise");
    public static final PaymentMethod PAYPAL = of("paypal");

    public PaymentMethod {
        Objects.requireNonNull(label, "label");
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a payment method is a short word like wise, paypal or bank");
        }
    }

    /** The method named {@code code} (any case), labelled as people write it. */
    public static PaymentMethod of(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        c = ALIASES.getOrDefault(c, c);
        return new PaymentMethod(c, KNOWN.getOrDefault(c, c.isEmpty() ? c : Character.toUpperCase(c.charAt(0)) + c.substring(1)));
    }

    /** As stored: the code in capitals ({@code WISE}), as the first release stored it. */
    public String stored() {
        return code.toUpperCase(Locale.ROOT);
    }

    /** Any known spelling (wise, WISE, transferwise) of the default methods; see {@link PaymentMethods#parse}. */
    public static java.util.Optional<PaymentMethod> parse(String s) {
        return PaymentMethods.DEFAULT.parse(s);
    }
}
