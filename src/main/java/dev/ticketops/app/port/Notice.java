package dev.ticketops.app.port;

import dev.ticketops.domain.BillingPolicy;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.Digest;
import dev.ticketops.domain.EstimateRange;
import dev.ticketops.domain.InvoiceNumber;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.PaymentMethod;
import dev.ticketops.domain.TicketNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A message the process requires to be sent (an estimate to approve, an approval notice, a closure summary), as
 * typed facts, one record per kind; the chat layer renders it for each platform when it is delivered.
 * {@link #match} visits the record of each kind, so a renderer that misses a kind does not compile.
 */
public sealed interface Notice {
    enum Kind {
        ESTIMATE_POSTED, ESTIMATE_DECIDED, TICKET_CLOSED, TICKET_REOPENED, OVERRUN_REQUESTED, INVOICE_ISSUED,
        INVOICE_REMINDER, PAYMENT_RECEIVED, DIGEST,
        /** The estimate card, replaced after the client's decision ("Approved by …"), its buttons gone. */
        ESTIMATE_CARD_DECIDED,
        /** The extra-time card, replaced after the client's decision, its buttons gone. */
        EXTRA_TIME_CARD_DECIDED,
        /** The support clock (#16): a timer running long, a response target at 80%, the out-of-hours answer, stale tickets. */
        TIMER_RUNNING_LONG, TARGET_AT_RISK, OUT_OF_HOURS, APPROVAL_REMINDER, CLOSED_WITHOUT_APPROVAL
    }

    Kind kind();

    /** The ticket the notice is about; null for billing notices and digests, which concern no single ticket. */
    default TicketNumber ticket() {
        return null;
    }

    <R> R match(Cases<R> cases);

    /** One case per kind: implementing it is rendering (or storing) every notice there is. */
    interface Cases<R> {
        R estimatePosted(EstimatePosted n);

        R estimateDecided(EstimateDecided n);

        R ticketClosed(TicketClosed n);

        R ticketReopened(TicketReopened n);

        R overrunRequested(OverrunRequested n);

        R invoiceIssued(InvoiceIssued n);

        R invoiceReminder(InvoiceReminder n);

        R paymentReceived(PaymentReceived n);

        R digest(DailyDigest n);

        R estimateCardDecided(EstimateCardDecided n);

        R extraTimeCardDecided(ExtraTimeCardDecided n);

        R timerRunningLong(TimerRunningLong n);

        R targetAtRisk(TargetAtRisk n);

        R outOfHours(OutOfHours n);

        R approvalReminder(ApprovalReminder n);

        R closedWithoutApproval(ClosedWithoutApproval n);
    }

    /** The estimate card for the client, with the buttons that decide estimate {@code estimateId}. */
    record EstimatePosted(TicketNumber ticket, long estimateId, String title, EstimateRange range, Money rate,
                          String clientText, String estimator, String note) implements Notice {
        public EstimatePosted {
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(clientText, "clientText");
        }

        public Kind kind() {
            return Kind.ESTIMATE_POSTED;
        }

        public <R> R match(Cases<R> c) {
            return c.estimatePosted(this);
        }
    }

    /** Tells the estimator that the client decided. */
    record EstimateDecided(TicketNumber ticket, String title, Decision decision, EstimateRange range, String by,
                           Instant at) implements Notice {
        public EstimateDecided {
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(at, "at");
        }

        public Kind kind() {
            return Kind.ESTIMATE_DECIDED;
        }

        public <R> R match(Cases<R> c) {
            return c.estimateDecided(this);
        }
    }

    /** The closure summary, the billing record. */
    record TicketClosed(TicketNumber ticket, String title, String summary, long minutes, String closedBy) implements Notice {
        public TicketClosed {
            Objects.requireNonNull(ticket, "ticket");
        }

        public Kind kind() {
            return Kind.TICKET_CLOSED;
        }

        public <R> R match(Cases<R> c) {
            return c.ticketClosed(this);
        }
    }

    record TicketReopened(TicketNumber ticket, String title) implements Notice {
        public TicketReopened {
            Objects.requireNonNull(ticket, "ticket");
        }

        public Kind kind() {
            return Kind.TICKET_REOPENED;
        }

        public <R> R match(Cases<R> c) {
            return c.ticketReopened(this);
        }
    }

    /** Asks the client to approve the time beyond the approved maximum (request {@code requestId}). */
    record OverrunRequested(TicketNumber ticket, long requestId, String title, long extraMinutes, long approvedMinutes,
                            long loggedMinutes, String by) implements Notice {
        public OverrunRequested {
            Objects.requireNonNull(ticket, "ticket");
        }

        public Kind kind() {
            return Kind.OVERRUN_REQUESTED;
        }

        public <R> R match(Cases<R> c) {
            return c.overrunRequested(this);
        }
    }

    record InvoiceIssued(InvoiceNumber number, String client, Money total, LocalDate issued, LocalDate due, String url,
                         List<String> lines) implements Notice {
        public InvoiceIssued {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(total, "total");
            lines = List.copyOf(lines);
        }

        public Kind kind() {
            return Kind.INVOICE_ISSUED;
        }

        public <R> R match(Cases<R> c) {
            return c.invoiceIssued(this);
        }
    }

    /** @param daysOverdue how many days ago the invoice was due (for an overdue reminder) */
    record InvoiceReminder(InvoiceNumber number, BillingPolicy.ReminderKind reminder, Money balance, LocalDate due,
                           String url, long daysOverdue) implements Notice {
        public InvoiceReminder {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(reminder, "reminder");
            Objects.requireNonNull(balance, "balance");
        }

        public Kind kind() {
            return Kind.INVOICE_REMINDER;
        }

        public <R> R match(Cases<R> c) {
            return c.invoiceReminder(this);
        }
    }

    /** @param full whether the payment settled the invoice */
    record PaymentReceived(InvoiceNumber number, Money amount, PaymentMethod method, Money balance, boolean full)
            implements Notice {
        public PaymentReceived {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(balance, "balance");
        }

        public Kind kind() {
            return Kind.PAYMENT_RECEIVED;
        }

        public <R> R match(Cases<R> c) {
            return c.paymentReceived(this);
        }
    }

    record DailyDigest(Digest digest) implements Notice {
        public DailyDigest {
            Objects.requireNonNull(digest, "digest");
        }

        public Kind kind() {
            return Kind.DIGEST;
        }

        public <R> R match(Cases<R> c) {
            return c.digest(this);
        }
    }

    /** The estimate card again, its buttons replaced by the client's decision. */
    record EstimateCardDecided(TicketNumber ticket, String title, String clientText, Decision decision, String by,
                               Instant at) implements Notice {
        public EstimateCardDecided {
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(at, "at");
        }

        public Kind kind() {
            return Kind.ESTIMATE_CARD_DECIDED;
        }

        public <R> R match(Cases<R> c) {
            return c.estimateCardDecided(this);
        }
    }

    /** The extra-time card again, its buttons replaced by the client's decision. */
    record ExtraTimeCardDecided(TicketNumber ticket, String title, long extraMinutes, Decision decision, String by)
            implements Notice {
        public ExtraTimeCardDecided {
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(decision, "decision");
        }

        public Kind kind() {
            return Kind.EXTRA_TIME_CARD_DECIDED;
        }

        public <R> R match(Cases<R> c) {
            return c.extraTimeCardDecided(this);
        }
    }

    /** Tells a staff member, privately, that their timer has been running for {@code minutes}. */
    record TimerRunningLong(TicketNumber ticket, String title, long minutes, Instant startedAt) implements Notice {
        public TimerRunningLong {
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(startedAt, "startedAt");
        }

        public Kind kind() {
            return Kind.TIMER_RUNNING_LONG;
        }

        public <R> R match(Cases<R> c) {
            return c.timerRunningLong(this);
        }
    }

    /**
     * Tells staff that a ticket has used 80% of a response target without a response.
     *
     * @param target "first response" or "estimate"
     * @param dueLocal the deadline in the agency's time zone, in words
     */
    record TargetAtRisk(TicketNumber ticket, String title, String client, String target, Instant due, String dueLocal,
                        boolean urgent) implements Notice {
        public TargetAtRisk {
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(due, "due");
        }

        public Kind kind() {
            return Kind.TARGET_AT_RISK;
        }

        public <R> R match(Cases<R> c) {
            return c.targetAtRisk(this);
        }
    }

    /** Tells the client that their ticket arrived outside support hours, and when the agency will respond. */
    record OutOfHours(TicketNumber ticket, String title, String hours, String respondBy) implements Notice {
        public OutOfHours {
            Objects.requireNonNull(ticket, "ticket");
        }

        public Kind kind() {
            return Kind.OUT_OF_HOURS;
        }

        public <R> R match(Cases<R> c) {
            return c.outOfHours(this);
        }
    }

    /** Reminds the client that an estimate waits for their approval; {@code closesInDays} 0 when it is never closed. */
    record ApprovalReminder(TicketNumber ticket, String title, long waitingDays, long closesInDays) implements Notice {
        public ApprovalReminder {
            Objects.requireNonNull(ticket, "ticket");
        }

        public Kind kind() {
            return Kind.APPROVAL_REMINDER;
        }

        public <R> R match(Cases<R> c) {
            return c.approvalReminder(this);
        }
    }

    /** The ticket was closed after waiting {@code days} for an approval that never came. */
    record ClosedWithoutApproval(TicketNumber ticket, String title, long days) implements Notice {
        public ClosedWithoutApproval {
            Objects.requireNonNull(ticket, "ticket");
        }

        public Kind kind() {
            return Kind.CLOSED_WITHOUT_APPROVAL;
        }

        public <R> R match(Cases<R> c) {
            return c.closedWithoutApproval(this);
        }
    }
}
