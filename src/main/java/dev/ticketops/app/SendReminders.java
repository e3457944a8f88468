package dev.ticketops.app;

import dev.ticketops.app.port.Invoices;
import dev.ticketops.app.port.Notice;
import dev.ticketops.app.port.Outbox;
import dev.ticketops.app.port.Transactions;
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

    private final Transactions transactions;
    private final Invoices invoices;
    private final BillingDestinations destinations;
    private final Outbox outbox;
    private final AgencyCalendar calendar;
    private final BillingDefaults billing;
    private final java.util.Optional<dev.ticketops.app.port.ZohoSyncs> zoho;

    public SendReminders(Transactions transactions, Invoices invoices, BillingDestinations destinations, Outbox outbox,
                         AgencyCalendar calendar, BillingDefaults billing) {
        this(transactions, invoices, destinations, outbox, calendar, billing, java.util.Optional.empty());
    }

    /** With Zoho Invoice on, a client that is a Zoho contact gets its reminders from Zoho, not from here. */
    public SendReminders(Transactions transactions, Invoices invoices, BillingDestinations destinations, Outbox outbox,
                         AgencyCalendar calendar, BillingDefaults billing,
                         java.util.Optional<dev.ticketops.app.port.ZohoSyncs> zoho) {
        this.zoho = zoho;
        this.transactions = transactions;
        this.invoices = invoices;
        this.destinations = destinations;
        this.outbox = outbox;
        this.calendar = calendar;
        this.billing = billing;
    }

    public Round execute() {
        return transactions.inTransaction(() -> {
            LocalDate today = calendar.today();
            int marked = invoices.markOverdue(today);
            int reminded = 0;
            for (Invoice i : invoices.unpaid()) {
                var kind = BillingPolicy.reminderFor(i, today, billing.reminderEveryDays());
                if (kind.isEmpty() || zoho.map(z -> z.clientInZoho(i.clientId())).orElse(false)) {
                    continue;
                }
                var to = destinations.of(i.clientId());
                if (to.isEmpty() || !invoices.recordReminder(i.id(), today, kind.get().name(), calendar.now())) {
                    continue;
                }
                outbox.enqueue(to.get(), new Notice.InvoiceReminder(i.number(), kind.get(), i.balance(), i.dueDate(),
                                IssueInvoice.link(billing, i),
                                Math.abs(i.dueDate().until(today, java.time.temporal.ChronoUnit.DAYS)),
                                billing.invoicing().paymentInstructions()),
                        calendar.now());
                reminded++;
            }
            return new Round(today, marked, reminded);
        });
    }
}
