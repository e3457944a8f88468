package dev.ticketops.chat;

import dev.ticketops.app.ChangeTerms;
import dev.ticketops.app.LogTime;
import dev.ticketops.app.PostEstimate;
import dev.ticketops.app.RecordPayment;
import dev.ticketops.app.ShowInvoice;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.Amount;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.EstimateRange;
import dev.ticketops.domain.InvoiceNumber;
import dev.ticketops.domain.PaymentMethod;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.WorkDuration;
import java.util.Optional;

/**
 * Reads the typed fields of a command — a duration, a range, an amount, an invoice number — into its use case's
 * record, once, where the text arrives: the Slack text parser and the Discord options both come through here. A value
 * that does not read becomes {@link Command.Invalid}, saying what was wrong and how the command is written (each
 * adapter writes the usage in its own syntax).
 */
public final class CommandFields {
    private CommandFields() {
    }

    public static Command logTime(Caller caller, TicketNumber ticket, Result<WorkDuration> duration, String note) {
        if (duration instanceof Result.Refused<WorkDuration> r) {
            return new Command.Invalid(r.reason(), Action.LOG_TIME, r.hint());
        }
        return run(new LogTime.Command(caller, ticket, duration.orElseThrow(), note));
    }

    public static Command estimate(Caller caller, TicketNumber ticket, Result<EstimateRange> range, String note) {
        if (range instanceof Result.Refused<EstimateRange> r) {
            return new Command.Invalid(r.reason(), Action.ESTIMATE, r.hint());
        }
        return run(new PostEstimate.Command(caller, ticket, range.orElseThrow(), note));
    }

    /** {@code amount} null or blank: the invoice's whole balance. */
    public static Command payment(Caller caller, String number, String amount, String method, String reference) {
        Optional<InvoiceNumber> n = InvoiceNumber.parse(number);
        if (n.isEmpty()) {
            return new Command.Invalid(Text.quote(number) + " is not an invoice number.", Action.RECORD_PAYMENT);
        }
        if (method == null || method.isBlank()) {
            return new Command.Invalid("Say how it was paid (a payment method such as wise or paypal).", Action.RECORD_PAYMENT);
        }
        Optional<PaymentMethod> m;
        try {
            // any word here; the use case checks it against the agency's PAYMENT_METHODS
            m = Optional.of(PaymentMethod.of(method));
        } catch (IllegalArgumentException e) {
            return new Command.Invalid(Text.quote(method) + " is not a payment method: name it in one word, such as wise or paypal.",
                    Action.RECORD_PAYMENT);
        }
        // the day it was paid, when the last word is a date: "… wise TX-123 2026-11-20"
        Optional<java.time.LocalDate> paidOn = Optional.empty();
        if (reference != null) {
            var dated = java.util.regex.Pattern.compile("(?:^|\\s)(?:on\\s+)?(\\d{4}-\\d{2}-\\d{2})\\s*$").matcher(reference.strip());
            if (dated.find()) {
                try {
                    paidOn = Optional.of(java.time.LocalDate.parse(dated.group(1)));
                } catch (java.time.format.DateTimeParseException e) {
                    return new Command.Invalid(Text.quote(dated.group(1)) + " is not a date (YYYY-MM-DD).", Action.RECORD_PAYMENT);
                }
                reference = reference.strip().substring(0, dated.start()).strip();
            }
        }
        Optional<Amount> paid = Optional.empty();
        if (amount != null && !amount.isBlank()) {
            var parsed = Amount.parse(amount);
            if (parsed instanceof Result.Refused<Amount> r) {
                return new Command.Invalid(r.reason(), Action.RECORD_PAYMENT, r.hint());
            }
            paid = Optional.of(parsed.orElseThrow());
        }
        return run(new RecordPayment.Command(caller, n.get(), paid, m.get(), reference, paidOn));
    }

    public static Command showInvoice(Caller caller, String number) {
        Optional<InvoiceNumber> n = InvoiceNumber.parse(number);
        if (n.isEmpty()) {
            return new Command.Invalid(Text.quote(number) + " is not an invoice number.", Action.SHOW_INVOICE);
        }
        return run(new ShowInvoice.Query(caller, n.get()));
    }

    /** {@code rate} and {@code term} null: unchanged. */
    public static Command terms(Caller caller, ChannelRef channel, String client, String rate, String term, String contact,
                                boolean billHere) {
        Optional<Amount> newRate = Optional.empty();
        if (rate != null) {
            var parsed = Amount.parse(rate);
            if (parsed instanceof Result.Refused<Amount> r) {
                return new Command.Invalid("rate: " + r.reason(), Action.CLIENT_TERMS, r.hint());
            }
            newRate = Optional.of(parsed.orElseThrow());
        }
        Optional<Integer> newTerm = Optional.empty();
        if (term != null) {
            try {
                newTerm = Optional.of(Integer.parseInt(term.strip()));
            } catch (NumberFormatException e) {
                return new Command.Invalid(ChangeTerms.termRefusal(term), Action.CLIENT_TERMS);
            }
        }
        return run(new ChangeTerms.Command(caller, channel, client, newRate, newTerm, contact, billHere));
    }

    static Command run(dev.ticketops.app.UseCaseCommand c) {
        return new Command.Run(c);
    }
}
