package dev.ticketops.web;

import dev.ticketops.app.ExportData;
import dev.ticketops.app.ReadInvoiceDocument;
import dev.ticketops.domain.InvoiceNumber;
import dev.ticketops.domain.DateRange;
import dev.ticketops.domain.Result;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Invoice documents ({@code GET /invoices/<number>?t=<token>} as HTML, {@code …/pdf} as PDF; a wrong or missing token
 * is 404) and the accountant's CSV exports ({@code GET /export/time.csv}, {@code /export/invoices.csv}, guarded by
 * {@code EXPORT_TOKEN} as a bearer token; without one configured they are off).
 */
public final class InvoiceRoutes implements RouteModule {
    /** The page is self-contained: its own inline stylesheet, nothing loaded, nothing run, never framed. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final ReadInvoiceDocument documents;
    private final ExportData exports;
    private final Agency agency;
    private final Optional<String> exportToken;

    public InvoiceRoutes(ReadInvoiceDocument documents, ExportData exports, Agency agency, Optional<String> exportToken) {
        this.documents = documents;
        this.exports = exports;
        this.agency = agency;
        this.exportToken = exportToken;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/invoices/{number}", ctx -> document(ctx, false));
        routes.get("/invoices/{number}/pdf", ctx -> document(ctx, true));
        routes.get("/export/time.csv", ctx -> export(ctx, true));
        routes.get("/export/invoices.csv", ctx -> export(ctx, false));
    }

    private void document(Context ctx, boolean pdf) {
        var doc = InvoiceNumber.parse(ctx.pathParam("number")).flatMap(n -> documents.execute(n, ctx.queryParam("t")));
        ctx.header("Cache-Control", "private, no-store").header("Referrer-Policy", "no-referrer").header("X-Robots-Tag", "noindex")
                .header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        if (doc.isEmpty()) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("No such invoice.");
            return;
        }
        if (pdf) {
            ctx.contentType("application/pdf").header("Content-Disposition", "inline; filename=\"" + doc.get().invoice().number() + ".pdf\"")
                    .result(InvoiceDocuments.pdf(doc.get(), agency));
        } else {
            ctx.contentType("text/html; charset=utf-8").result(InvoiceDocuments.html(doc.get(), agency));
        }
    }

    private void export(Context ctx, boolean time) {
        if (exportToken.isEmpty()) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("Exports are off: set EXPORT_TOKEN to turn them on.");
            return;
        }
        // Only the header: a token in the query string ends up in proxy logs, browser history and Referer headers.
        String auth = ctx.header("Authorization");
        String given = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip() : null;
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                exportToken.get().getBytes(StandardCharsets.UTF_8))) {
            ctx.status(401).header("WWW-Authenticate", "Bearer").contentType("text/plain; charset=utf-8")
                    .result("Give the export token as 'Authorization: Bearer <EXPORT_TOKEN>' (not in the URL).");
            return;
        }
        var range = DateRange.parse(ctx.queryParam("from"), ctx.queryParam("to"), LocalDate.now(exports.zone()));
        if (range instanceof Result.Refused<DateRange> r) {
            ctx.status(400).contentType("text/plain; charset=utf-8").result(r.reason() + " " + r.hint().plain());
            return;
        }
        LocalDate from = range.orElseThrow().from();
        LocalDate to = range.orElseThrow().to();
        String name = (time ? "time-" : "invoices-") + from + "-to-" + to + ".csv";
        ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .result(time ? Csv.time(exports, from, to) : Csv.invoices(exports, from, to));
    }
}
