package dev.ticketops.chat;

import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.Action;
import static dev.ticketops.chat.Cards.heading;

import java.util.stream.Collectors;

/** The cards about money: invoices issued, shown and listed, payments, client terms and overdue overrides. */
public final class BillingCards {
    private BillingCards() {
    }

    public static final String PAYMENT_WAYS = "Pay by Wise (USD transfer) — our primary method — or PayPal on request.";

    public static Reply issued(dev.ticketops.app.IssueInvoice.Issued i, Syntax syntax) {
        var inv = i.invoice();
        return Reply.privately().tone(Reply.Tone.SUCCESS)
                .title("Invoice " + inv.number() + " for " + inv.clientName() + " – " + inv.total().display())
                .text(inv.lines().stream().map(dev.ticketops.domain.InvoiceLine::text).collect(Collectors.joining("\n"))
                        + "\n\nTotal: " + inv.total().display())
                .field("Issued", inv.issueDate().toString()).field("Due", inv.dueDate().toString())
                .wideField("Document", i.url() + "\nPDF: " + i.url().replace("?t=", "/pdf?t="))
                .footer(i.posted() ? "Posted to the client's billing channel." : "The client has no linked channel to post it to:"
                        + " send the link yourself, or link the client's channel with "
                        + syntax.command(Suggestion.of(Action.LINK_CHANNEL, inv.clientName())) + ".")
                .build();
    }

    public static Reply paid(dev.ticketops.app.RecordPayment.Paid p) {
        var inv = p.invoice();
        return Reply.privately().tone(Reply.Tone.SUCCESS)
                .text("Recorded " + p.amount().display() + " by " + p.method().label() + " on " + inv.number() + ". "
                        + (inv.balance().isPositive() ? "Balance now " + inv.balance().display() + "." : "It is paid in full."))
                .build();
    }

    public static Reply invoice(dev.ticketops.app.ShowInvoice.Shown s) {
        var inv = s.invoice();
        return Reply.privately().tone(s.overdue() ? Reply.Tone.WARNING : Reply.Tone.INFO)
                .title("Invoice " + inv.number() + " – " + inv.clientName())
                .text(inv.lines().stream().map(dev.ticketops.domain.InvoiceLine::text).collect(Collectors.joining("\n"))
                        + "\n\nTotal: " + inv.total().display())
                .field("Status", s.overdue() ? "OVERDUE" : inv.status().name())
                .field("Paid", inv.paid().display()).field("Balance", inv.balance().display())
                .field("Issued", inv.issueDate().toString()).field("Due", inv.dueDate().toString())
                .wideField("Document", s.url())
                .footer(PAYMENT_WAYS)
                .build();
    }

    public static Reply invoices(dev.ticketops.app.ListInvoices.Listing l, Syntax syntax) {
        String who = l.client().map(dev.ticketops.domain.Client::name).orElse("all clients");
        if (l.invoices().isEmpty()) {
            return Reply.privately().text("No invoices for " + who + " yet.").build();
        }
        String lines = l.invoices().stream().map(i -> "• " + i.number() + " " + i.clientName() + " — " + i.total().display()
                        + " · " + (i.isOverdue(l.today()) ? "OVERDUE" : i.status().name())
                        + (i.balance().isPositive() && i.balance().compareTo(i.total()) != 0 ? " · balance " + i.balance().display() : "")
                        + " · due " + i.dueDate())
                .collect(Collectors.joining("\n"));
        return Reply.privately().title("Invoices — " + who).text(lines)
                .field("Outstanding balance", l.outstanding().display())
                .footer("Use " + syntax.command(Suggestion.of(Action.SHOW_INVOICE)) + " for one invoice.").build();
    }

    public static Reply terms(dev.ticketops.app.ChangeTerms.Terms t, Syntax syntax) {
        var terms = t.terms();
        return Reply.privately().tone(t.changed() ? Reply.Tone.SUCCESS : Reply.Tone.INFO)
                .title((t.changed() ? "Terms updated — " : "Terms — ") + t.client().name())
                .field("Rate", terms.rate().displayShort() + "/hour " + terms.rate().currency())
                .field("Payment term", terms.paymentTermDays() + " days")
                .field("Billing contact", terms.billingContact().orElse("—"))
                .field("Billing channel", terms.billingChannel().map(c -> c.platform().label() + " " + c.channelId()).orElse("none yet"))
                .footer("Change with " + syntax.command(Suggestion.of(Action.CLIENT_TERMS, t.client().name())))
                .build();
    }

    public static Reply overridden(dev.ticketops.app.OverrideOverdue.Overridden o) {
        return Reply.privately().tone(Reply.Tone.SUCCESS)
                .text("Work on " + heading(o.ticket()) + " may continue despite the overdue invoice. Reason recorded: " + o.reason())
                .build();
    }
}
