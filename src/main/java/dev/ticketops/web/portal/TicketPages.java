package dev.ticketops.web.portal;

import dev.ticketops.app.CloseTicket;
import dev.ticketops.app.DecideEstimate;
import dev.ticketops.app.OpenTicket;
import dev.ticketops.app.PortalUser;
import dev.ticketops.app.SearchTickets;
import dev.ticketops.app.SetBillable;
import dev.ticketops.app.ShowTicket;
import dev.ticketops.app.ShowTicketPage;
import dev.ticketops.app.UseCases;
import dev.ticketops.chat.Command;
import dev.ticketops.chat.CommandFields;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.CredentialScanner;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.EstimateRange;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Hours;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.WorkDuration;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The ticket pages: the list with search, one ticket, the new-ticket form, and the forms on a ticket (the client's
 * approve/decline; staff's estimate, billable, log time, close). Each form becomes the typed command chat would build
 * and runs the same use case; the result is shown on the ticket page (a refusal with why and what to do instead).
 */
final class TicketPages {
    private final UseCases app;
    private final Pages pages;

    TicketPages(UseCases app, Pages pages) {
        this.app = app;
        this.pages = pages;
    }

    void list(Context ctx, PortalUser u) {
        var found = app.portal().searchTickets().execute(new SearchTickets.Query(u.caller(), ctx.queryParam("q")));
        pages.render(ctx, 200, "portal/tickets.jte", new Views.Tickets(new Layout(u.isStaff() ? "Tickets" : "My tickets", u,
                "tickets"), found.orElseThrow()));
    }

    void newForm(Context ctx, PortalUser u) {
        pages.render(ctx, 200, "portal/new_ticket.jte", new Views.NewTicket(layout("New ticket", u, "new"), List.of(), "", "", false));
    }

    void open(Context ctx, PortalUser u) {
        String title = Text.isBlank(ctx.formParam("title")) ? "" : ctx.formParam("title");
        String description = ctx.formParam("description");
        boolean urgent = ctx.formParam("urgent") != null;
        var opened = app.openTicket().execute(new OpenTicket.Command(u.caller(), u.channel(), title, description, urgent));
        if (opened instanceof Result.Refused<OpenTicket.Opened> r) {
            pages.render(ctx, 422, "portal/new_ticket.jte", new Views.NewTicket(layout("New ticket", u, "new"),
                    List.of(Alert.of(r)), redacted(title), redacted(description), urgent));
            return;
        }
        OpenTicket.Opened o = opened.orElseThrow();
        List<Alert> alerts = new ArrayList<>();
        alerts.add(Alert.success("Ticket " + o.ticket().ticket().number() + " opened. Staff will review it and post an estimate"
                + " for your approval; no work starts before you approve."));
        if (o.notice() != null) {
            alerts.add(Alert.warning(o.notice()));
        }
        alerts.add(Alert.credentials(o.redactions()));
        showPage(ctx, u, o.ticket().ticket().number(), 201, alerts);
    }

    void show(Context ctx, PortalUser u) {
        number(ctx, u).ifPresent(n -> showPage(ctx, u, n, 200, List.of()));
    }

    void decide(Context ctx, PortalUser u) {
        act(ctx, u, n -> {
            String choice = ctx.formParam("decision");
            Decision decision = "approve".equals(choice) ? Decision.APPROVED : "decline".equals(choice) ? Decision.DECLINED : null;
            long estimate = parseLong(ctx.formParam("estimate"));
            if (decision == null || estimate <= 0) {
                return Result.refused("Choose Approve or Decline on the estimate.", Hint.run("See ", Suggestion.of(Action.SHOW_TICKET, n), "."));
            }
            if (ctx.formParam("confirm") == null) {
                return Result.refused("Tick the confirmation box: your " + (decision == Decision.APPROVED ? "approval" : "decision")
                        + " is your written confirmation inside the ticket.", Hint.say("Tick it and press the button again."));
            }
            return app.decideEstimate().execute(new DecideEstimate.Command(u.caller(), n, estimate, decision)).map(d -> {
                if (!d.changed()) {
                    return "This estimate was already " + d.approval().decision().name().toLowerCase() + " by "
                            + d.approval().decidedByName() + " on " + Fmt.when(d.approval().decidedAt()) + ".";
                }
                return d.approval().decision() == Decision.APPROVED
                        ? "You approved the estimate (" + d.estimate().range().describe() + "). This is your written confirmation; work may begin."
                        : "You declined the estimate. Staff will follow up with a new one.";
            });
        });
    }

    void estimate(Context ctx, PortalUser u) {
        act(ctx, u, n -> run(CommandFields.estimate(u.caller(), n, EstimateRange.parse(nz(ctx.formParam("range"))),
                blankToNull(ctx.formParam("note"))), c -> app.postEstimate().execute((dev.ticketops.app.PostEstimate.Command) c)
                .map(e -> "Estimate posted: " + e.estimate().range().describe() + ". The client is asked to approve it."
                        + credentialNote(e.redactions()))));
    }

    void billable(Context ctx, PortalUser u) {
        act(ctx, u, n -> {
            String v = ctx.formParam("billable");
            if (!"yes".equals(v) && !"no".equals(v)) {
                return Result.refused("Say whether the ticket is billable.", Hint.usage("", Action.SET_BILLABLE, ""));
            }
            boolean billable = v.equals("yes");
            return app.setBillable().execute(new SetBillable.Command(u.caller(), n, billable))
                    .map(c -> (c.changed() ? "Marked " : "Already ") + (billable ? "billable." : "non-billable."));
        });
    }

    void logTime(Context ctx, PortalUser u) {
        act(ctx, u, n -> run(CommandFields.logTime(u.caller(), n, WorkDuration.parse(nz(ctx.formParam("duration"))),
                blankToNull(ctx.formParam("note"))), c -> app.logTime().execute((dev.ticketops.app.LogTime.Command) c)
                .map(l -> "Logged " + l.entry().duration() + "; " + Hours.words(l.totalMinutes()) + " in all."
                        + (l.warning() == null ? "" : " " + l.warning()) + credentialNote(l.redactions()))));
    }

    void close(Context ctx, PortalUser u) {
        act(ctx, u, n -> {
            String summary = ctx.formParam("summary");
            if (Text.isBlank(summary)) {
                return Result.refused("Closing needs a summary of the work completed — it is the billing record.",
                        Hint.usage("", Action.CLOSE_TICKET, "."));
            }
            return app.closeTicket().execute(new CloseTicket.Command(u.caller(), n, summary))
                    .map(c -> "Closed. " + c.record().replace('\n', ' ') + credentialNote(c.redactions()));
        });
    }

    /** Runs a form's change on the ticket in the path and shows the ticket with its outcome. */
    private void act(Context ctx, PortalUser u, Function<TicketNumber, Result<String>> change) {
        Optional<TicketNumber> n = number(ctx, u);
        if (n.isEmpty()) {
            return;
        }
        Result<String> r = change.apply(n.get());
        if (r instanceof Result.Refused<String> refused) {
            showPage(ctx, u, n.get(), 409, List.of(Alert.of(refused)));
        } else {
            showPage(ctx, u, n.get(), 200, List.of(Alert.success(r.orElseThrow())));
        }
    }

    /** A form read as chat reads it: its use case's command, or why it does not read (with the form's usage). */
    private static Result<String> run(Command command, Function<dev.ticketops.app.UseCaseCommand, Result<String>> execute) {
        if (command instanceof Command.Invalid i) {
            String also = i.also().isEmpty() ? "" : " " + WebSyntax.INSTANCE.hint(i.also());
            return Result.refused(i.reason(), Hint.say(Character.toUpperCase(WebSyntax.INSTANCE.usage(i.usageOf()).charAt(0))
                    + WebSyntax.INSTANCE.usage(i.usageOf()).substring(1) + "." + also));
        }
        return execute.apply(((Command.Run) command).command());
    }

    private void showPage(Context ctx, PortalUser u, TicketNumber n, int status, List<Alert> alerts) {
        var page = app.portal().ticketPage().execute(new ShowTicket.Query(u.caller(), n));
        if (page instanceof Result.Refused<ShowTicketPage.Page> r) {
            pages.message(ctx, 404, u, "Ticket not found", r.reason(), r.hint());
            return;
        }
        pages.render(ctx, status, "portal/ticket.jte", new Views.Ticket(layout("Ticket " + n, u, "tickets"), page.orElseThrow(),
                alerts));
    }

    private Optional<TicketNumber> number(Context ctx, PortalUser u) {
        Optional<TicketNumber> n = TicketNumber.parse(ctx.pathParam("number"));
        if (n.isEmpty()) {
            pages.message(ctx, 404, u, "Ticket not found", Text.quote(CredentialScanner.redact(ctx.pathParam("number")).text())
                    + " is not a ticket number.", Hint.run("See ", Suggestion.of(Action.LIST_TICKETS), "."));
        }
        return n;
    }

    private static Layout layout(String title, PortalUser u, String tab) {
        return new Layout(title, u, tab);
    }

    private static String credentialNote(java.util.Set<String> kinds) {
        return kinds.isEmpty() ? "" : " Credentials were removed from what you typed (" + String.join(", ", kinds) + "). "
                + CredentialScanner.ADVICE;
    }

    private static String redacted(String s) {
        return s == null ? "" : CredentialScanner.redact(s).text();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return Text.isBlank(s) ? null : s;
    }

    private static long parseLong(String s) {
        try {
            return s == null ? -1 : Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
