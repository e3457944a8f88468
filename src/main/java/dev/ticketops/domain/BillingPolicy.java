package dev.ticketops.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The payment policy: new work pauses while an invoice is overdue; urgent requests need a cleared balance. */
public final class BillingPolicy {
    private BillingPolicy() {
    }

    /** Refuses approving estimates and logging time on a client's tickets while one of its invoices is overdue. */
    public static Optional<Refusal> overdueBlocks(List<Invoice> unpaid, LocalDate today, String action, boolean overridden) {
        return overdueBlocks(unpaid, today, action, overridden, "Pay it by Wise (USD transfer) or PayPal, and it lifts at once.");
    }

    /** {@code howToPay}: the agency's payment instructions ({@code PAYMENT_INSTRUCTIONS}). */
    public static Optional<Refusal> overdueBlocks(List<Invoice> unpaid, LocalDate today, String action, boolean overridden,
                                                  String howToPay) {
        if (overridden) {
            return Optional.empty();
        }
        Optional<Invoice> oldest = unpaid.stream().filter(i -> i.isOverdue(today)).min(Comparator.comparing(Invoice::dueDate));
        return oldest.map(i -> new Refusal("New work is paused: invoice " + i.number() + " for " + i.balance().display()
                + " was due on " + i.dueDate() + " and is unpaid, so " + action + " has to wait.",
                Hint.run(howToPay.strip() + (howToPay.strip().endsWith(".") ? "" : ".")
                                + " The pause lifts as soon as it is paid. Staff can let one ticket continue with ",
                        Suggestion.of(Action.OVERRIDE_OVERDUE), ".")));
    }

    /** The outstanding balance of unpaid issued invoices. */
    public static Money balance(List<Invoice> unpaid, String currency) {
        Money sum = Money.zero(currency);
        for (Invoice i : unpaid) {
            if (i.currency().equals(currency)) {
                sum = sum.plus(i.balance());
            }
        }
        return sum;
    }

    /** When an invoice is reminded about: the day before it is due, on the day, then every {@code everyDays} after. */
    public enum ReminderKind { BEFORE_DUE, DUE_TODAY, OVERDUE }

    public static Optional<ReminderKind> reminderFor(Invoice i, LocalDate today, int everyDays) {
        if (!i.balance().isPositive()) {
            return Optional.empty();
        }
        if (today.equals(i.dueDate().minusDays(1))) {
            return Optional.of(ReminderKind.BEFORE_DUE);
        }
        if (today.equals(i.dueDate())) {
            return Optional.of(ReminderKind.DUE_TODAY);
        }
        if (today.isAfter(i.dueDate())) {
            long days = i.dueDate().until(today, java.time.temporal.ChronoUnit.DAYS);
            if (days % everyDays == 0) {
                return Optional.of(ReminderKind.OVERDUE);
            }
        }
        return Optional.empty();
    }
}
