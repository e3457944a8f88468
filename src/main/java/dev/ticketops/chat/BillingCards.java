package dev.ticketops.chat;

import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.Action;
import static dev.ticketops.chat.Cards.heading;

import java.util.stream.Collectors;

/** The cards about money: invoices issued, shown and listed, payments, client terms and overdue overrides. */
public final class BillingCards {
    private BillingCards() {
    }

    /** The default payment instructions, for messages queued before they carried the agency's own. */
    public static final String PAYMENT_WAYS = dev.ticketops.app.BillingDefaults.Invoicing.DEFAULT_INSTRUCTIONS;

    /** The agency's payment instructions ({@code PAYMENT_INSTRUCTIONS}); the default for older messages without them. */
    public static String howToPay(String instructions) {
        return instructions == null || instructions.isBlank() ? PAYMENT_WAYS : instructions;
    }

    public static Reply issued(dev.ticketops.app.IssueInvoice.Issued i, Syntax syntax) {
        var inv = i.invoice();
        return Reply.privately().tone(Reply.Tone.SUCCESS)
                .title("Invoice " + inv.number() + " for " + inv.clientName() + " – " + inv.total().display())
                .text(lines(inv) + "\n\nTotal: " + inv.total().display())
                .field("Issued", inv.issueDate().toString()).field("Due", inv.dueDate().toString())
                .wideField("Document", i.url() + "\nPDF: " + i.url().replace("?t=", "/pdf?t="))
                .footer(i.viaZoho() ? "Sent to Zoho Invoice, which emails it and sends the reminders; the client's channel gets"
                        + " it with its Zoho link once Zoho has it (see " + syntax.command(Suggestion.of(Action.SHOW_INVOICE,
                        inv.number().toString())) + ")."
                        : i.posted() ? "Posted to the client's billing channel." : "The client has no linked channel to post it to:"
                        + " send the link yourself, or link the client's channel with "
                        + syntax.command(Suggestion.of(Action.LINK_CHANNEL, inv.clientName())) + ".")
                .build();
    }

    /** Every line in the invoice's one form, then the tax line when there is one. */
    static String lines(dev.ticketops.domain.Invoice inv) {
        String text = String.join("\n", inv.lineTexts());
        if (inv.tax().applies()) {
            text += "\n" + inv.tax().describe() + " on " + inv.subtotal().display() + " = " + inv.tax().amount().display();
        }
        return text;
    }

    public static Reply paid(dev.ticketops.app.RecordPayment.Paid p) {
        var inv = p.invoice();
        return Reply.privately().tone(Reply.Tone.SUCCESS)
                .text("Recorded " + p.amount().display() + " by " + p.method().label() + " on " + inv.number()
                        + " (paid " + p.paidOn() + "). "
                        + (inv.balance().isPositive() ? "Amount due now " + inv.balance().display() + "." : "It is paid in full."))
                .build();
    }

    public static Reply invoice(dev.ticketops.app.ShowInvoice.Shown s) {
        var inv = s.invoice();
        var b = Reply.privately().tone(s.overdue() ? Reply.Tone.WARNING : Reply.Tone.INFO)
                .title("Invoice " + inv.number() + " – " + inv.clientName())
                .text(lines(inv) + "\n\nTotal: " + inv.total().display())
                .field("Status", inv.standing(s.today()).words())
                .field("Paid", inv.paid().display()).field("Amount due", inv.balance().display())
                .field("Issued", inv.issueDate().toString()).field("Due", inv.dueDate().toString());
        if (!s.payments().isEmpty()) {
            b.wideField("Payments", s.payments().stream().map(p -> p.paidOn() + " " + p.amount().display() + " by "
                    + p.method().label() + (p.reference() == null ? "" : " (ref " + p.reference() + ")"))
                    .collect(Collectors.joining("\n")));
        }
        s.zoho().ifPresent(z -> b.wideField("Zoho Invoice", z.synced()
                ? "In Zoho as " + z.number() + (z.url() == null ? "" : " – " + z.url())
                : "Waiting to sync: " + (z.waiting().isBlank() ? "not tried yet" : z.waiting())));
        return b.wideField("Document", s.url()).footer(howToPay(s.howToPay())).build();
    }

    public static Reply invoices(dev.ticketops.app.ListInvoices.Listing l, Syntax syntax) {
        String who = l.client().map(dev.ticketops.domain.Client::name).orElse("all clients");
        if (l.invoices().isEmpty()) {
            return Reply.privately().text("No invoices for " + who + " yet.").build();
        }
        String lines = l.invoices().stream().map(i -> "• " + i.number() + " " + i.clientName() + " — " + i.total().display()
                        + " · " + i.standing(l.today()).words()
                        + (i.balance().isPositive() && i.balance().compareTo(i.total()) != 0 ? " · amount due " + i.balance().display() : "")
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
