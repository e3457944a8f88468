package dev.ticketops.chat;

import dev.ticketops.app.CloseTicket;
import dev.ticketops.app.DecideEstimate;
import dev.ticketops.app.LinkChannel;
import dev.ticketops.app.ListTickets;
import dev.ticketops.app.LogTime;
import dev.ticketops.app.OpenTicket;
import dev.ticketops.app.PostEstimate;
import dev.ticketops.app.ReopenTicket;
import dev.ticketops.app.SetBillable;
import dev.ticketops.app.TicketDetails;
import dev.ticketops.app.UndoTime;
import dev.ticketops.app.port.Notice;
import dev.ticketops.app.port.TicketSummary;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.Approval;
import dev.ticketops.domain.CredentialScanner;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.Estimate;
import dev.ticketops.domain.Hours;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketEvent;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketPolicy;
import dev.ticketops.domain.TimeEntry;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns use-case results and notices into neutral {@link Reply}s: the words people read, in one place. */
public final class Cards {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    public static final String TICKET_ONLY = "No ticket = no work. Every request, fix or investigation starts as a ticket,"
            + " so it is tracked, estimated and approved in one place.";

    private Cards() {
    }

    public static String when(Instant i) {
        return WHEN.format(i);
    }

    static String heading(Ticket t) {
        return "Ticket " + t.number() + " – " + t.title();
    }

    private static String redactionNote(Set<String> kinds) {
        return kinds.isEmpty() ? null
                : "Credentials were removed from your message (" + String.join(", ", kinds) + "). " + CredentialScanner.ADVICE;
    }

    /**
     * The reply with the Bitwarden Send advice added once, naming the kinds of credential removed from the message
     * (never the credential): unchanged when nothing was removed or the reply already carries the advice.
     */
    static Reply withCredentialAdvice(Reply reply, Set<String> kinds) {
        if (kinds.isEmpty() || reply.plainText().contains(CredentialScanner.ADVICE)) {
            return reply;
        }
        String note = "⚠️ " + redactionNote(kinds);
        Reply.Tone tone = reply.tone() == Reply.Tone.SUCCESS || reply.tone() == Reply.Tone.INFO ? Reply.Tone.WARNING : reply.tone();
        return new Reply(reply.visibility(), tone, reply.title(), reply.text().isEmpty() ? note : reply.text() + "\n\n" + note,
                reply.fields(), reply.buttons(), reply.footer(), reply.replaceOriginal());
    }

    /** The ticket card: title, number, status, client, estimate, approval, time so far and the next step. */
    static Reply.Builder card(Reply.Builder b, TicketDetails d, Syntax syntax) {
        Ticket t = d.ticket();
        b.title(heading(t));
        if (t.description() != null) {
            b.text(t.description());
        }
        b.field("Status", t.status().label() + (t.urgent() ? " · urgent" : ""))
                .field("Client", d.client().name())
                .field("Requested by", d.requester().mention())
                .field("Billable", t.billable() ? "Yes" : "No");
        d.estimate().ifPresent(e -> b.field("Estimate", e.range().describe() + " at " + e.rate().displayShort() + "/hour"));
        d.approval().ifPresent(a -> b.field(a.decision() == Decision.APPROVED ? "Approved" : "Declined",
                "by " + "@" + a.decidedByName() + " at " + when(a.decidedAt())));
        b.field("Time logged", d.totalMinutes() == 0 ? "none yet" : Hours.words(d.totalMinutes()));
        if (t.closeSummary() != null && t.status() == dev.ticketops.domain.TicketStatus.CLOSED) {
            b.wideField("Work completed", t.closeSummary());
        }
        b.footer("Next: " + syntax.hint(TicketPolicy.nextStep(t)));
        return b;
    }

    public static Reply opened(OpenTicket.Opened o, Syntax syntax) {
        Ticket t = o.ticket().ticket();
        Reply.Builder b = card(Reply.publicly().tone(Reply.Tone.SUCCESS), o.ticket(), syntax);
        b.title("Ticket " + t.number() + " opened – " + t.title());
        String warn = redactionNote(o.redactions());
        if (o.notice() != null) {
            warn = warn == null ? o.notice() : o.notice() + "\n" + warn;
        }
        if (warn != null) {
            b.text((t.description() == null ? "" : t.description() + "\n\n") + "⚠️ " + warn).tone(Reply.Tone.WARNING);
        }
        return b.build();
    }

    public static Reply estimated(PostEstimate.Estimated e) {
        Ticket t = e.ticket().ticket();
        String text = "Estimate for " + t.number() + " posted in the ticket's channel: " + e.estimate().range().describe()
                + " at " + e.estimate().rate().displayShort() + "/hour. Work may begin once the client approves it."
                + e.replaced().map(p -> "\nIt replaces the earlier estimate of " + p.range().describe() + ".").orElse("");
        String warn = redactionNote(e.redactions());
        return Reply.privately().tone(Reply.Tone.SUCCESS).text(warn == null ? text : text + "\n⚠️ " + warn).build();
    }

    /** What the client sees: the estimate in the policy's words, with Approve and Decline. */
    public static Reply estimateCard(TicketNumber ticket, String title, long estimateId, String clientText, String note) {
        Reply.Builder b = Reply.publicly().title("Estimate for ticket " + ticket + " – " + title)
                .text(clientText + (note == null || note.isBlank() ? "" : "\nNote: " + note))
                .button("Approve", ActionCodec.APPROVE, ActionCodec.encode(Decision.APPROVED, ticket, estimateId), Reply.Style.PRIMARY)
                .button("Decline", ActionCodec.DECLINE, ActionCodec.encode(Decision.DECLINED, ticket, estimateId), Reply.Style.DANGER)
                .footer("Approving is your written confirmation and the service agreement for this ticket.");
        return b.build();
    }

    public static Reply estimateCard(Ticket t, Estimate e) {
        return estimateCard(t.number(), t.title(), e.id(), e.clientText(), e.note());
    }

    public static Reply decided(DecideEstimate.Decided d) {
        Approval a = d.approval();
        if (!d.changed()) {
            return Reply.privately().tone(Reply.Tone.INFO)
                    .text("This estimate was already " + (a.decision() == Decision.APPROVED ? "approved" : "declined") + " by @"
                            + a.decidedByName() + " at " + when(a.decidedAt()) + ". Nothing changed.")
                    .build();
        }
        return DecisionCards.render(DecisionCards.estimate(d));
    }

    public static Reply logged(LogTime.Logged l, Syntax syntax) {
        TimeEntry e = l.entry();
        String text = "Logged " + e.duration() + " on " + heading(l.ticket()) + (e.note() == null ? "" : " (" + e.note() + ")")
                + ".\nTotal so far: " + Hours.words(l.totalMinutes()) + ". Made a mistake? " + syntax.command(Suggestion.of(Action.UNDO_LOG))
                + " within 10 minutes.";
        String warn = redactionNote(l.redactions());
        if (l.warning() != null) {
            text = text + "\n⚠️ " + l.warning();
        }
        return Reply.privately().tone(l.warning() == null ? Reply.Tone.SUCCESS : Reply.Tone.WARNING)
                .text(warn == null ? text : text + "\n⚠️ " + warn).build();
    }

    public static Reply undone(UndoTime.Undone u) {
        return Reply.privately().tone(Reply.Tone.SUCCESS).text("Removed your entry of " + u.entry().duration() + " on "
                + heading(u.ticket()) + ". Total now: " + Hours.words(u.totalMinutes()) + ".").build();
    }

    public static Reply closed(CloseTicket.Closed c) {
        Ticket t = c.ticket().ticket();
        String text = "Closed " + t.number() + ". The work summary and " + Hours.words(c.ticket().totalMinutes())
                + " were posted to the ticket's channel as the billing record.";
        String warn = redactionNote(c.redactions());
        return Reply.privately().tone(Reply.Tone.SUCCESS).text(warn == null ? text : text + "\n⚠️ " + warn).build();
    }

    public static Reply closureCard(TicketNumber number, String title, String summary, long minutes, String closedBy) {
        return Reply.publicly().tone(Reply.Tone.SUCCESS)
                .title("Ticket " + number + " closed – " + title)
                .text("Work completed:\n" + summary + "\n\nTime spent: " + Hours.words(minutes))
                .footer("Closed by @" + closedBy + ". This summary is the official record for billing.")
                .build();
    }

    public static Reply reopened(ReopenTicket.Reopened r, Syntax syntax) {
        return card(Reply.publicly().tone(Reply.Tone.INFO), r.ticket(), syntax)
                .title("Ticket " + r.ticket().ticket().number() + " reopened – " + r.ticket().ticket().title()).build();
    }

    public static Reply billable(SetBillable.Changed c, Syntax syntax) {
        Ticket t = c.ticket().ticket();
        if (!c.changed()) {
            return Reply.privately().text(t.number() + " is already " + (t.billable() ? "billable" : "non-billable") + ".").build();
        }
        String text = t.billable()
                ? "Ticket " + t.number() + " is a billable support request. An estimate follows for the client's approval."
                : "Ticket " + t.number() + " is non-billable: no estimate or approval is needed and it will not be invoiced.";
        return Reply.publicly().tone(Reply.Tone.INFO).title(heading(t)).text(text)
                .footer("Next: " + syntax.hint(TicketPolicy.nextStep(t))).build();
    }

    public static Reply linked(LinkChannel.Linked l) {
        return Reply.publicly().tone(Reply.Tone.SUCCESS)
                .text("This channel is now linked to " + l.client().name() + (l.created() ? " (a new client)" : "")
                        + ". Tickets opened here belong to " + l.client().name()
                        + ", and its people can see and approve them.")
                .build();
    }

    public static Reply details(TicketDetails d, Syntax syntax) {
        Reply.Builder b = card(Reply.privately(), d, syntax);
        if (!d.entries().isEmpty()) {
            b.wideField("Time entries", d.entries().stream()
                    .map(e -> "• " + when(e.loggedAt()) + " — " + e.duration() + " by @" + e.personName()
                            + (e.note() == null ? "" : ": " + e.note()))
                    .collect(Collectors.joining("\n")));
        }
        if (!d.history().isEmpty()) {
            int from = Math.max(0, d.history().size() - 15);
            b.wideField("History", d.history().subList(from, d.history().size()).stream()
                    .map(Cards::historyLine).collect(Collectors.joining("\n")));
        }
        return b.build();
    }

    private static String historyLine(TicketEvent e) {
        return "• " + when(e.occurredAt()) + " — " + e.kind().toLowerCase().replace('_', ' ')
                + (e.actorName() == null ? "" : " by @" + e.actorName()) + " (" + e.platform().label() + ")"
                + (e.detail() == null ? "" : ": " + Text.clip(e.detail(), 200));
    }

    public static Reply list(ListTickets.Listing l, Syntax syntax) {
        if (l.tickets().isEmpty()) {
            return Reply.privately().text((l.openOnly() ? "No open tickets." : "No tickets yet.") + " Open one with "
                    + syntax.command(Suggestion.of(Action.OPEN_TICKET)) + ".").build();
        }
        String show = syntax.command(Suggestion.of(Action.SHOW_TICKET));
        String lines = l.tickets().stream().map(Cards::listLine).collect(Collectors.joining("\n"));
        return Reply.privately()
                .title((l.openOnly() ? "Open tickets" : "All tickets") + (l.staffView() ? "" : " you can see"))
                .text(lines)
                .footer(l.truncated() ? "Showing the newest " + ListTickets.LIMIT + ". Use " + show + " for one ticket."
                        : "Use " + show + " for details.")
                .build();
    }

    private static String listLine(TicketSummary s) {
        return "• " + s.number() + " " + s.title() + " — " + s.status().label() + (s.urgent() ? " · urgent" : "")
                + (s.billable() ? "" : " · non-billable") + " · " + s.clientName()
                + (s.totalMinutes() > 0 ? " · " + Hours.words(s.totalMinutes()) : "");
    }

    /** Every command in the platform's own syntax, with what it is for. */
    public static Reply help(String topic, Syntax syntax) {
        return Reply.privately().title("TicketOps — ticket-first support")
                .text(TICKET_ONLY + "\n\n" + java.util.Arrays.stream(Action.values()).map(syntax::usage)
                        .collect(Collectors.joining("\n")))
                .footer("The process: ticket → estimate → your approval → work → summary and closure → invoice.")
                .build();
    }

    public static Reply ticketOnly(Syntax syntax) {
        return Reply.privately().tone(Reply.Tone.INFO).text(TICKET_ONLY
                        + "\nOpen one in a channel with: " + syntax.usage(Action.OPEN_TICKET) + " — for example "
                        + syntax.command(Suggestion.of(Action.OPEN_TICKET, "Checkout bug fix | the pay button does nothing since Monday")))
                .build();
    }

    public static Reply error() {
        return Reply.privately().tone(Reply.Tone.ERROR)
                .text("Something went wrong on our side and nothing was changed. Please try again in a minute;"
                        + " if it keeps failing, tell the agency staff.")
                .build();
    }

    /**
     * The database could not be reached: nothing was recorded (or, when the connection broke while saving, nobody can
     * tell yet — then the person is asked to look before trying again, so nothing is done twice).
     */
    public static Reply unavailable(boolean mayHaveCommitted) {
        return Reply.privately().tone(Reply.Tone.ERROR)
                .text(mayHaveCommitted
                        ? "We lost the database while saving this, so it may or may not have been recorded. In a minute,"
                                + " look at the ticket before you try again."
                        : "We could not record this; nothing was changed — our database is not answering right now."
                                + " Please try again in a minute.")
                .build();
    }

    /** Too much work is waiting already: this request was not started. */
    public static Reply busy() {
        return Reply.privately().tone(Reply.Tone.ERROR)
                .text("TicketOps is too busy to take this right now, so nothing was changed. Please try again in a minute.")
                .build();
    }

    /** The message an outbox notice becomes when it is delivered, in the syntax of the platform that delivers it. */
    public static Reply notice(Notice n, Syntax syntax) {
        return switch (n.kind()) {
            case ESTIMATE_POSTED -> estimateCard(n.ticket(), n.fact("title"), Long.parseLong(n.fact("estimateId")),
                    n.fact("text"), n.facts().get("note"));
            case ESTIMATE_DECIDED -> Reply.publicly()
                    .tone(Decision.valueOf(n.fact("decision")) == Decision.APPROVED ? Reply.Tone.SUCCESS : Reply.Tone.WARNING)
                    .text("@" + n.fact("by") + (Decision.valueOf(n.fact("decision")) == Decision.APPROVED ? " approved" : " declined")
                            + " your estimate of " + n.fact("range") + " for ticket " + n.ticket() + " – " + n.fact("title")
                            + " at " + when(Instant.parse(n.fact("at"))) + "."
                            + (Decision.valueOf(n.fact("decision")) == Decision.APPROVED ? " Work may begin."
                            : " Post a new estimate with " + syntax.command(Suggestion.of(Action.ESTIMATE, n.ticket())) + "."))
                    .build();
            case TICKET_CLOSED -> closureCard(n.ticket(), n.fact("title"), n.fact("summary"), Long.parseLong(n.fact("minutes")),
                    n.fact("closedBy"));
            case ESTIMATE_CARD_DECIDED, EXTRA_TIME_CARD_DECIDED -> DecisionCards.render(n);
            case TICKET_REOPENED -> Reply.publicly().text("Ticket " + n.ticket() + " – " + n.fact("title") + " was reopened.").build();
            case OVERRUN_REQUESTED -> Reply.publicly().tone(Reply.Tone.WARNING)
                    .title("Extra time for ticket " + n.ticket() + " – " + n.fact("title"))
                    .text("The work has taken " + n.fact("logged") + " so far, which is " + n.fact("extra") + " more than the approved "
                            + n.fact("approved") + ". Only actual time is billed, and time beyond the approved maximum is billed"
                            + " only with your approval.\nPlease approve the extra time (all time logged beyond the estimate until"
                            + " you decide), or decline it.")
                    .button("Approve extra time", ActionCodec.APPROVE_EXTRA,
                            ActionCodec.encodeExtra(Decision.APPROVED, n.ticket(), Long.parseLong(n.fact("requestId"))), Reply.Style.PRIMARY)
                    .button("Decline", ActionCodec.DECLINE_EXTRA,
                            ActionCodec.encodeExtra(Decision.DECLINED, n.ticket(), Long.parseLong(n.fact("requestId"))), Reply.Style.DANGER)
                    .build();
            case INVOICE_ISSUED -> Reply.publicly().tone(Reply.Tone.INFO)
                    .title("Invoice " + n.fact("number") + " for " + n.fact("client") + " – " + n.fact("total"))
                    .text(n.fact("lines") + "\n\nTotal: " + n.fact("total"))
                    .field("Issued", n.fact("issued")).field("Due", n.fact("due"))
                    .wideField("Invoice", n.fact("url"))
                    .footer(PAYMENT_WAYS)
                    .build();
            case INVOICE_REMINDER -> Reply.publicly().tone(n.fact("kind").equals("OVERDUE") ? Reply.Tone.WARNING : Reply.Tone.INFO)
                    .title(switch (n.fact("kind")) {
                        case "BEFORE_DUE" -> "Reminder: invoice " + n.fact("number") + " is due tomorrow";
                        case "DUE_TODAY" -> "Reminder: invoice " + n.fact("number") + " is due today";
                        default -> "Overdue: invoice " + n.fact("number") + " was due " + n.fact("days") + " days ago";
                    })
                    .text("Balance: " + n.fact("balance") + " (due " + n.fact("due") + ").\n" + n.fact("url")
                            + (n.fact("kind").equals("OVERDUE") ? "\nNew work on your tickets is paused until it is paid." : ""))
                    .footer(PAYMENT_WAYS)
                    .build();
            case DIGEST -> digest(dev.ticketops.app.SendDigests.fromFacts(n.facts()), Reply.Visibility.PUBLIC);
            case PAYMENT_RECEIVED -> Reply.publicly().tone(Reply.Tone.SUCCESS)
                    .text("Payment of " + n.fact("amount") + " by " + n.fact("method") + " received for invoice " + n.fact("number")
                            + (Boolean.parseBoolean(n.fact("full")) ? " — paid in full. Thank you!" : ". Remaining balance: " + n.fact("balance") + "."))
                    .build();
        };
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.ENGLISH);

    /** The daily digest: a section per field, or one calm line on a quiet day. */
    public static Reply digest(dev.ticketops.domain.Digest d, Reply.Visibility visibility) {
        Reply.Builder b = visibility == Reply.Visibility.PUBLIC ? Reply.publicly() : Reply.privately();
        b.title("Daily digest — " + DAY.format(d.day()) + (d.audience().equals("staff") ? "" : " — " + d.audience()));
        if (d.quiet()) {
            return b.text("A quiet day: nothing new, nothing waiting, no time logged yesterday. ☕").build();
        }
        for (var s : d.sections()) {
            b.wideField(s.name(), s.lines().stream().map(l -> "• " + l).collect(Collectors.joining("\n"))
                    + (s.more() > 0 ? "\n…and " + s.more() + " more" : ""));
        }
        return b.build();
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

    public static Reply overrunDecided(dev.ticketops.app.DecideOverrun.Decided d) {
        if (!d.changed()) {
            return Reply.privately().text("This request for extra time was already " + d.decision().name().toLowerCase()
                    + ". Nothing changed.").build();
        }
        return DecisionCards.render(DecisionCards.extraTime(d));
    }
}
