package dev.ticketops.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The payment methods the agency accepts ({@code PAYMENT_METHODS}, default {@code wise,paypal}), first the primary one. */
public record PaymentMethods(List<PaymentMethod> all) {
    public static final PaymentMethods DEFAULT = new PaymentMethods(List.of(PaymentMethod.WISE, PaymentMethod.PAYPAL));

    public PaymentMethods {
        all = List.copyOf(all);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("name at least one payment method");
        }
    }

    /** {@code "wise, paypal, bank"}; refuses an entry that is not a short word. */
    public static PaymentMethods parseList(String text) {
        List<PaymentMethod> list = new ArrayList<>();
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                PaymentMethod m = PaymentMethod.of(part);
                if (!list.contains(m)) {
                    list.add(m);
                }
            }
        }
        return new PaymentMethods(list);
    }

    public Optional<PaymentMethod> parse(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        PaymentMethod m;
        try {
            m = PaymentMethod.of(s);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return all.stream().filter(x -> x.code().equals(m.code())).findFirst();
    }

    /** The method stored as {@code stored} ({@code WISE}), even one no longer accepted for new payments. */
    public PaymentMethod stored(String stored) {
        return parse(stored).orElseGet(() -> PaymentMethod.of(stored));
    }

    /** {@code wise or paypal}, {@code wise, paypal or bank}. */
    public String codes() {
        List<String> c = all.stream().map(PaymentMethod::code).toList();
        return c.size() == 1 ? c.get(0) : String.join(", ", c.subList(0, c.size() - 1)) + " or " + c.get(c.size() - 1);
    }

    public String labels() {
        return all.stream().map(PaymentMethod::label).collect(Collectors.joining(", "));
    }
}
