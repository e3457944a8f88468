package dev.ticketops.chat;

import static dev.ticketops.chat.Cards.heading;
import static dev.ticketops.chat.Cards.redactionNote;
import static dev.ticketops.chat.Cards.when;

import dev.ticketops.app.ShowTimers;
import dev.ticketops.app.StartTimer;
import dev.ticketops.app.StopTimer;
import dev.ticketops.app.TicketDetails;
import dev.ticketops.app.port.Notice;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.Hours;
import dev.ticketops.domain.ResponseTargets;
import dev.ticketops.domain.RunningTimer;
import dev.ticketops.domain.Suggestion;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

/** The support clock's cards: timers, response targets on the ticket card, and its notices. */
public final class ClockCards {
    private ClockCards() {
    }

    /** "timer running (Ana, 35 min)" for each running timer, and the open response targets, on the ticket card. */
    static void onCard(Reply.Builder b, TicketDetails d) {
        if (!d.timers().isEmpty()) {
            b.field("Timer", d.timers().stream().map(t -> running(t, d.at())).collect(Collectors.joining("\n")));
        }
        d.targets().ifPresent(r -> {
            target(b, "First response", r.firstResponse(), d.at());
            if (d.ticket().billable()) {
                target(b, "Estimate", r.estimate(), d.at());
            }
        });
    }

    static String running(RunningTimer t, Instant now) {
        return "timer running (" + t.person().displayName() + ", " + RunningTimer.span(t.minutesAt(now)) + ")";
    }

    private static void target(Reply.Builder b, String label, ResponseTargets.Target t, Instant now) {
        if (!t.met()) {
            b.field(label + " target", due(t, now));
        }
    }

    /** "first response due in 1 h 20 min (2026-11-02 13:00 UTC)", or "… overdue by 20 min". */
    public static String due(ResponseTargets.Target t, Instant now) {
        if (t.breached(now)) {
            return t.name() + " overdue by " + RunningTimer.span(Math.max(1, t.lateness(now).toMinutes()));
        }
        long minutes = (Duration.between(now, t.due()).toSeconds() + 59) / 60;
        return t.name() + " due in " + RunningTimer.span(minutes) + " (" + when(t.due()) + ")";
    }

    public static Reply started(StartTimer.Started s, Syntax syntax) {
        StringBuilder text = new StringBuilder();
        s.stopped().ifPresent(l -> text.append("Stopped your timer on ").append(heading(l.ticket())).append(": logged ")
                .append(l.entry().duration()).append(" (total ").append(Hours.words(l.totalMinutes())).append(").")
                .append(l.warning() == null ? "" : "\n⚠️ " + l.warning()).append("\n"));
        text.append("Timer started on ").append(heading(s.ticket())).append(s.timer().note() == null ? "" : " (" + s.timer().note() + ")")
                .append(". Stop it with ").append(syntax.command(Suggestion.of(Action.STOP_TIMER))).append(" — the time is logged then.");
        String warn = redactionNote(s.redactions());
        boolean warning = warn != null || s.stopped().map(l -> l.warning() != null).orElse(false);
        return Reply.privately().tone(warning ? Reply.Tone.WARNING : Reply.Tone.SUCCESS)
                .text(warn == null ? text.toString() : text + "\n⚠️ " + warn).build();
    }

    public static Reply stopped(StopTimer.Stopped s, Syntax syntax) {
        Reply logged = TicketCards.logged(s.logged(), syntax);
        String ran = "Timer stopped after " + RunningTimer.span(s.ranMinutes())
                + (s.corrected() ? "; logged the " + s.logged().entry().duration() + " you gave instead." : ".");
        return new Reply(logged.visibility(), logged.tone(), logged.title(), ran + "\n" + logged.text(), logged.fields(),
                logged.buttons(), logged.footer(), logged.replaceOriginal());
    }

    public static Reply timers(ShowTimers.Listing l, Syntax syntax) {
        if (l.timers().isEmpty()) {
            return Reply.privately().text("No timers are running. Start one with "
                    + syntax.command(Suggestion.of(Action.START_TIMER)) + ".").build();
        }
        String lines = l.timers().stream().map(t -> "• " + t.ticket() + " — " + running(t, l.at())
                        + (t.person().id() == l.callerId() ? " · yours" : "") + (t.note() == null ? "" : ": " + t.note()))
                .collect(Collectors.joining("\n"));
        return Reply.privately().title("Running timers").text(lines)
                .footer("Stop yours with " + syntax.command(Suggestion.of(Action.STOP_TIMER)) + ", or "
                        + syntax.command(Suggestion.of(Action.STOP_TIMER, "45m")) + " to log the time you actually worked.")
                .build();
    }

    static Reply timerRunningLong(Notice.TimerRunningLong n, Syntax syntax) {
        return Reply.privately().tone(Reply.Tone.WARNING)
                .text("Your timer on ticket " + n.ticket() + " – " + n.title() + " has been running for "
                        + RunningTimer.span(n.minutes()) + " (since " + when(n.startedAt()) + "). Still working? If not, stop it with "
                        + syntax.command(Suggestion.of(Action.STOP_TIMER)) + ", or with the time you actually worked: "
                        + syntax.command(Suggestion.of(Action.STOP_TIMER, "45m")) + ".")
                .build();
    }

    static Reply targetAtRisk(Notice.TargetAtRisk n, Syntax syntax) {
        return Reply.publicly().tone(Reply.Tone.WARNING)
                .title("At risk: " + n.target() + " for ticket " + n.ticket() + " – " + n.title())
                .text("Ticket " + n.ticket() + " (" + n.client() + (n.urgent() ? ", urgent" : "") + ") has used 80% of its "
                        + n.target() + " target without one. Due " + n.dueLocal() + ".")
                .footer("See it with " + syntax.command(Suggestion.of(Action.SHOW_TICKET, n.ticket())) + ".")
                .build();
    }

    static Reply outOfHours(Notice.OutOfHours n) {
        return Reply.publicly().tone(Reply.Tone.INFO)
                .text("Thanks — ticket " + n.ticket() + " – " + n.title() + " arrived outside our support hours ("
                        + n.hours() + "). We will respond by " + n.respondBy() + ".")
                .build();
    }

    static Reply approvalReminder(Notice.ApprovalReminder n) {
        return Reply.publicly().tone(Reply.Tone.INFO)
                .text("Reminder: the estimate for ticket " + n.ticket() + " – " + n.title() + " has been waiting for your approval for "
                        + n.waitingDays() + " days. Work begins once you approve it; approve or decline it on the estimate above."
                        + (n.closesInDays() > 0 ? " Without an answer the ticket is closed in " + n.closesInDays()
                        + (n.closesInDays() == 1 ? " day" : " days") + " (you can reopen it any time)." : ""))
                .build();
    }

    static Reply closedWithoutApproval(Notice.ClosedWithoutApproval n) {
        return Reply.publicly().tone(Reply.Tone.INFO)
                .title("Ticket " + n.ticket() + " closed – " + n.title())
                .text("No approval — closed, reopen any time. The estimate waited " + n.days()
                        + " days without an answer; no work was done and nothing is billed.")
                .build();
    }

    public static Reply rated(dev.ticketops.app.RateTicket.Rated r) {
        return Reply.privately().tone(Reply.Tone.SUCCESS)
                .text("Thank you for rating " + heading(r.ticket()) + " " + (r.good() ? "👍" : "👎") + "."
                        + (r.good() ? "" : " We are sorry it did not go well; staff will read your rating."))
                .build();
    }
}
