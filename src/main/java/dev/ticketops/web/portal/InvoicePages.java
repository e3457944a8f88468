package dev.ticketops.web.portal;

import dev.ticketops.app.ListInvoices;
import dev.ticketops.app.PortalUser;
import dev.ticketops.app.ShowInvoice;
import dev.ticketops.app.UseCases;
import dev.ticketops.chat.Command;
import dev.ticketops.chat.CommandFields;
import dev.ticketops.domain.Result;
import io.javalin.http.Context;
import java.util.List;

/** Invoices: the list with status, balance due and what is overdue; one invoice with its HTML/PDF and how to pay. */
final class InvoicePages {
    private final UseCases app;
    private final Pages pages;
    private final String paymentInstructions;

    InvoicePages(UseCases app, Pages pages, String paymentInstructions) {
        this.app = app;
        this.pages = pages;
        this.paymentInstructions = paymentInstructions;
    }

    void list(Context ctx, PortalUser u) {
        var listing = app.listInvoices().execute(new ListInvoices.Query(u.caller(), null, null));
        if (listing instanceof Result.Refused<ListInvoices.Listing> r) {
            pages.message(ctx, 200, u, "Invoices", r.reason(), r.hint());
            return;
        }
        pages.render(ctx, 200, "portal/invoices.jte", new Views.Invoices(new Layout("Invoices", u, "invoices"),
                listing.orElseThrow(), paymentInstructions, List.of()));
    }

    void show(Context ctx, PortalUser u) {
        Command c = CommandFields.showInvoice(u.caller(), ctx.pathParam("number"));
        Result<ShowInvoice.Shown> shown = c instanceof Command.Run run
                ? app.showInvoice().execute((ShowInvoice.Query) run.command())
                : Result.refused(((Command.Invalid) c).reason(), dev.ticketops.domain.Hint.run("See ",
                        dev.ticketops.domain.Suggestion.of(dev.ticketops.domain.Action.LIST_INVOICES), "."));
        if (shown instanceof Result.Refused<ShowInvoice.Shown> r) {
            pages.message(ctx, 404, u, "Invoice not found", r.reason(), r.hint());
            return;
        }
        pages.render(ctx, 200, "portal/invoice.jte", new Views.InvoicePage(new Layout("Invoice " + shown.orElseThrow().invoice().number(),
                u, "invoices"), shown.orElseThrow(), paymentInstructions));
    }
}
