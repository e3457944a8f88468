package dev.ticketops.chat;

import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.Action;
import dev.ticketops.app.port.Notice;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.Hours;

/** The message each outbox notice becomes when it is delivered: one case per kind of notice. */
public final class NoticeCards implements Notice.Cases<Reply> {
    private final Syntax syntax;

    private NoticeCards(Syntax syntax) {
        this.syntax = syntax;
    }

    /** The message a notice becomes, in the syntax of the platform that delivers it. */
    public static Reply notice(Notice n, Syntax syntax) {
        return n.match(new NoticeCards(syntax));
    }

    @Override
    public Reply estimatePosted(Notice.EstimatePosted n) {
        return TicketCards.estimateCard(n.ticket(), n.title(), n.estimateId(), n.clientText(), n.note());
    }

    @Override
    public Reply estimateDecided(Notice.EstimateDecided n) {
        boolean approved = n.decision() == Decision.APPROVED;
        return Reply.publicly()
                .tone(approved ? Reply.Tone.SUCCESS : Reply.Tone.WARNING)
                .text("@" + n.by() + (approved ? " approved" : " declined")
                        + " your estimate of " + n.range().describe() + " for ticket " + n.ticket() + " – " + n.title()
                        + " at " + Cards.when(n.at()) + "."
                        + (approved ? " Work may begin."
                        : " Post a new estimate with " + syntax.command(Suggestion.of(Action.ESTIMATE, n.ticket())) + "."))
                .build();
    }

    @Override
    public Reply ticketClosed(Notice.TicketClosed n) {
        return TicketCards.closureCard(n.ticket(), n.title(), n.summary(), n.minutes(), n.closedBy());
    }

    @Override
    public Reply ticketReopened(Notice.TicketReopened n) {
        return Reply.publicly().text("Ticket " + n.ticket() + " – " + n.title() + " was reopened.").build();
    }

    @Override
    public Reply overrunRequested(Notice.OverrunRequested n) {
        return Reply.publicly().tone(Reply.Tone.WARNING)
                .title("Extra time for ticket " + n.ticket() + " – " + n.title())
                .text("The work has taken " + Hours.words(n.loggedMinutes()) + " so far, which is "
                        + Hours.words(n.extraMinutes()) + " more than the approved " + Hours.words(n.approvedMinutes())
                        + ". Only actual time is billed, and time beyond the approved maximum is billed"
                        + " only with your approval.\nPlease approve the extra time (all time logged beyond the estimate until"
                        + " you decide), or decline it.")
                .button("Approve extra time", ActionCodec.APPROVE_EXTRA,
                        ActionCodec.encodeExtra(Decision.APPROVED, n.ticket(), n.requestId()), Reply.Style.PRIMARY)
                .button("Decline", ActionCodec.DECLINE_EXTRA,
                        ActionCodec.encodeExtra(Decision.DECLINED, n.ticket(), n.requestId()), Reply.Style.DANGER)
                .build();
    }

    @Override
    public Reply invoiceIssued(Notice.InvoiceIssued n) {
        return Reply.publicly().tone(Reply.Tone.INFO)
                .title("Invoice " + n.number() + " for " + n.client() + " – " + n.total().display())
                .text(String.join("\n", n.lines()) + "\n\nTotal: " + n.total().display())
                .field("Issued", n.issued().toString()).field("Due", n.due().toString())
                .wideField("Invoice", n.url())
                .footer(BillingCards.PAYMENT_WAYS)
                .build();
    }

    @Override
    public Reply invoiceReminder(Notice.InvoiceReminder n) {
        boolean overdue = switch (n.reminder()) {
            case BEFORE_DUE, DUE_TODAY -> false;
            case OVERDUE -> true;
        };
        return Reply.publicly().tone(overdue ? Reply.Tone.WARNING : Reply.Tone.INFO)
                .title(switch (n.reminder()) {
                    case BEFORE_DUE -> "Reminder: invoice " + n.number() + " is due tomorrow";
                    case DUE_TODAY -> "Reminder: invoice " + n.number() + " is due today";
                    case OVERDUE -> "Overdue: invoice " + n.number() + " was due " + n.daysOverdue() + " days ago";
                })
                .text("Balance: " + n.balance().display() + " (due " + n.due() + ").\n" + n.url()
                        + (overdue ? "\nNew work on your tickets is paused until it is paid." : ""))
                .footer(BillingCards.PAYMENT_WAYS)
                .build();
    }

    @Override
    public Reply paymentReceived(Notice.PaymentReceived n) {
        return Reply.publicly().tone(Reply.Tone.SUCCESS)
                .text("Payment of " + n.amount().display() + " by " + n.method().label() + " received for invoice " + n.number()
                        + (n.full() ? " — paid in full. Thank you!" : ". Remaining balance: " + n.balance().display() + "."))
                .build();
    }

    @Override
    public Reply digest(Notice.DailyDigest n) {
        return DigestCard.digest(n.digest(), Reply.Visibility.PUBLIC);
    }

    @Override
    public Reply estimateCardDecided(Notice.EstimateCardDecided n) {
        return DecisionCards.render(n);
    }

    @Override
    public Reply extraTimeCardDecided(Notice.ExtraTimeCardDecided n) {
        return DecisionCards.render(n);
    }

    @Override
    public Reply timerRunningLong(Notice.TimerRunningLong n) {
        return ClockCards.timerRunningLong(n, syntax);
    }

    @Override
    public Reply targetAtRisk(Notice.TargetAtRisk n) {
        return ClockCards.targetAtRisk(n, syntax);
    }

    @Override
    public Reply outOfHours(Notice.OutOfHours n) {
        return ClockCards.outOfHours(n);
    }

    @Override
    public Reply approvalReminder(Notice.ApprovalReminder n) {
        return ClockCards.approvalReminder(n);
    }

    @Override
    public Reply closedWithoutApproval(Notice.ClosedWithoutApproval n) {
        return ClockCards.closedWithoutApproval(n);
    }
}
