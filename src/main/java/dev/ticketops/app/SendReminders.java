package dev.ticketops.app;

import dev.ticketops.app.port.Notice;
import dev.ticketops.domain.BillingPolicy;
import dev.ticketops.domain.Invoice;
import java.time.LocalDate;

/**
 * The daily billing round: marks unpaid invoices past their due date OVERDUE, and reminds clients one day before the
 * due date, on it, and every {@code reminderEveryDays} while overdue — never twice a day, each reminder recorded.
 */
public final class SendReminders {
    public record Round(LocalDate day, int markedOverdue, int reminded) {
    }

    private final Context ctx;

    public SendReminders(Context ctx) {
        this.ctx = ctx;
    }

    public Round execute() {
        return ctx.tx(() -> {
            LocalDate today = ctx.today();
            var invoices = ctx.stores().invoices();
            int marked = invoices.markOverdue(today);
            int reminded = 0;
            for (Invoice i : invoices.unpaid()) {
                var kind = BillingPolicy.reminderFor(i, today, ctx.billing().reminderEveryDays());
                if (kind.isEmpty()) {
                    continue;
                }
                var to = ctx.billingDestination(i.clientId());
                if (to.isEmpty() || !invoices.recordReminder(i.id(), today, kind.get().name(), ctx.now())) {
                    continue;
                }
                ctx.stores().outbox().enqueue(to.get(), new Notice.InvoiceReminder(i.number(), kind.get(), i.balance(), i.dueDate(),
                                IssueInvoice.link(ctx.billing(), i),
                                Math.abs(i.dueDate().until(today, java.time.temporal.ChronoUnit.DAYS))),
                        ctx.now());
                reminded++;
            }
            return new Round(today, marked, reminded);
        });
    }
}
