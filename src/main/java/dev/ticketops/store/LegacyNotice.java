package dev.ticketops.store;

import dev.ticketops.app.port.Notice;
import dev.ticketops.domain.BillingPolicy;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.Digest;
import dev.ticketops.domain.DurationText;
import dev.ticketops.domain.EstimateRange;
import dev.ticketops.domain.InvoiceNumber;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.PaymentMethod;
import dev.ticketops.domain.TicketNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads outbox rows queued before notices were typed: a kind, a ticket column and a map of facts, some of them
 * already written for people ("1.5 hours", "$12.00", "2–3 hours"), which are read back into their values here.
 */
final class LegacyNotice {
    private LegacyNotice() {
    }

    static Notice read(Notice.Kind kind, TicketNumber ticket, Map<String, String> f) {
        return switch (kind) {
            case ESTIMATE_POSTED -> new Notice.EstimatePosted(ticket, Long.parseLong(f.get("estimateId")), f.get("title"),
                    range(f.get("range")), money(f.get("rate")), f.get("text"), f.get("estimator"), f.get("note"));
            case ESTIMATE_DECIDED -> new Notice.EstimateDecided(ticket, f.get("title"), Decision.valueOf(f.get("decision")),
                    range(f.get("range")), f.get("by"), Instant.parse(f.get("at")));
            case TICKET_CLOSED -> new Notice.TicketClosed(ticket, f.get("title"), f.get("summary"),
                    Long.parseLong(f.get("minutes")), f.get("closedBy"));
            case TICKET_REOPENED -> new Notice.TicketReopened(ticket, f.get("title"));
            case OVERRUN_REQUESTED -> new Notice.OverrunRequested(ticket, Long.parseLong(f.get("requestId")), f.get("title"),
                    minutes(f.get("extra")), minutes(f.get("approved")), minutes(f.get("logged")), f.get("by"));
            case INVOICE_ISSUED -> new Notice.InvoiceIssued(invoice(f.get("number")), f.get("client"), money(f.get("total")),
                    LocalDate.parse(f.get("issued")), LocalDate.parse(f.get("due")), f.get("url"),
                    List.of(f.get("lines").split("\n")));
            case INVOICE_REMINDER -> new Notice.InvoiceReminder(invoice(f.get("number")),
                    BillingPolicy.ReminderKind.valueOf(f.get("kind")), money(f.get("balance")), LocalDate.parse(f.get("due")),
                    f.get("url"), Long.parseLong(f.get("days")));
            case PAYMENT_RECEIVED -> new Notice.PaymentReceived(invoice(f.get("number")), money(f.get("amount")),
                    PaymentMethod.parse(f.get("method")).orElseThrow(), money(f.get("balance")),
                    Boolean.parseBoolean(f.get("full")));
            case DIGEST -> new Notice.DailyDigest(digest(f));
            case ESTIMATE_CARD_DECIDED -> new Notice.EstimateCardDecided(ticket, f.get("title"), f.get("text"),
                    Decision.valueOf(f.get("decision")), f.get("by"), Instant.parse(f.get("at")));
            case EXTRA_TIME_CARD_DECIDED -> new Notice.ExtraTimeCardDecided(ticket, f.get("title"), minutes(f.get("extra")),
                    Decision.valueOf(f.get("decision")), f.get("by"));
            // kinds newer than the typed notices were never stored in the legacy form
            case TIMER_RUNNING_LONG, TARGET_AT_RISK, OUT_OF_HOURS, APPROVAL_REMINDER, CLOSED_WITHOUT_APPROVAL ->
                    throw new IllegalArgumentException("a " + kind + " notice has no legacy form");
        };
    }

    /** {@code "1 hour 20 minutes"}, {@code "1.5 hours"} (as {@code Hours.words} wrote them) → minutes. */
    private static long minutes(String words) {
        return DurationText.parseMinutes(words, Integer.MAX_VALUE).orElseThrow();
    }

    /** {@code "2–3 hours"} (as {@code EstimateRange.describe} wrote it) → the range. */
    private static EstimateRange range(String described) {
        return EstimateRange.parse(described).orElseThrow();
    }

    /** {@code "$12"}, {@code "$24.00"}, {@code "€5.00"}, {@code "CHF 5.00"} (as {@code Money.display} wrote it). */
    private static Money money(String shown) {
        String s = shown.strip();
        if (s.startsWith("$")) {
            return Money.of(s.substring(1), "USD");
        }
        if (s.startsWith("€")) {
            return Money.of(s.substring(1), "EUR");
        }
        if (s.startsWith("£")) {
            return Money.of(s.substring(1), "GBP");
        }
        String[] codeAndAmount = s.split(" ", 2);
        return Money.of(codeAndAmount[1], codeAndAmount[0]);
    }

    private static InvoiceNumber invoice(String number) {
        return InvoiceNumber.parse(number).orElseThrow(() -> new IllegalArgumentException("not an invoice number: " + number));
    }

    /** Sections were stored as {@code section.N = name␟lines␟more}. */
    private static Digest digest(Map<String, String> f) {
        List<Digest.Section> sections = new ArrayList<>();
        for (int i = 0; f.containsKey("section." + i); i++) {
            String[] parts = f.get("section." + i).split("\u001f", -1);
            sections.add(new Digest.Section(parts[0], List.of(parts[1].split("\n")), Long.parseLong(parts[2])));
        }
        return new Digest(f.get("audience"), LocalDate.parse(f.get("day")), sections);
    }
}
