package dev.ticketops.chat;

import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.Action;
import static dev.ticketops.chat.Cards.heading;
import static dev.ticketops.chat.Cards.redactionNote;
import static dev.ticketops.chat.Cards.when;

import dev.ticketops.app.CloseTicket;
import dev.ticketops.app.DecideEstimate;
import dev.ticketops.app.DecideOverrun;
import dev.ticketops.app.LinkChannel;
import dev.ticketops.app.ListTickets;
import dev.ticketops.app.LogTime;
import dev.ticketops.app.OpenTicket;
import dev.ticketops.app.PostEstimate;
import dev.ticketops.app.ReopenTicket;
import dev.ticketops.app.SetBillable;
import dev.ticketops.app.TicketDetails;
import dev.ticketops.app.UndoTime;
import dev.ticketops.app.port.TicketSummary;
import dev.ticketops.domain.Approval;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.Estimate;
import dev.ticketops.domain.Hours;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketEvent;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketPolicy;
import dev.ticketops.domain.TimeEntry;
import java.util.stream.Collectors;

/** The cards about tickets: opened, estimated, decided, time logged, closed, reopened, the ticket card and listing. */
public final class TicketCards {
    private TicketCards() {
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
        ClockCards.onCard(b, d);
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
                .footer("Closed by @" + closedBy + ". This summary is the official record for billing. How did we do?")
                .button("👍", ActionCodec.RATE_UP, ActionCodec.encodeRating(true, number), Reply.Style.PRIMARY)
                .button("👎", ActionCodec.RATE_DOWN, ActionCodec.encodeRating(false, number), Reply.Style.DEFAULT)
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
                    .map(TicketCards::historyLine).collect(Collectors.joining("\n")));
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
        String lines = l.tickets().stream().map(TicketCards::listLine).collect(Collectors.joining("\n"));
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

    public static Reply overrunDecided(DecideOverrun.Decided d) {
        if (!d.changed()) {
            return Reply.privately().text("This request for extra time was already " + d.decision().name().toLowerCase()
                    + ". Nothing changed.").build();
        }
        return DecisionCards.render(DecisionCards.extraTime(d));
    }
}
