package dev.ticketops.domain;

import java.util.Locale;
import java.util.Optional;

/** How clients pay: Wise (USD transfer, the primary way) or PayPal (on request). */
public enum PaymentMethod {
    WISE("Wise"), PAYPAL("PayPal");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<PaymentMethod> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "wise", "transferwise" -> Optional.of(WISE);
            case "paypal" -> Optional.of(PAYPAL);
            default -> Optional.empty();
        };
    }
}
