package dev.ticketops.web.portal;

import dev.ticketops.app.PortalUser;
import dev.ticketops.domain.Hint;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * Renders the portal's precompiled jte templates with the security headers every portal response carries: a CSP
 * without inline scripts (no scripts at all) that also forbids framing, nosniff, no Referer (a sign-in link never
 * leaks), and no caching of pages that show a person's tickets.
 */
final class Pages {
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
            + " base-uri 'none'; frame-ancestors 'none'";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    static void secure(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", "private, no-store")
                .header("X-Robots-Tag", "noindex");
    }

    void render(Context ctx, int status, String template, Object model) {
        StringOutput out = new StringOutput();
        engine.render(template, model, out);
        secure(ctx);
        ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
    }

    void message(Context ctx, int status, PortalUser user, String heading, String text, Hint hint) {
        render(ctx, status, "portal/message.jte", new Views.Message(new Layout(heading, user, ""), heading, text,
                hint == null || hint.isEmpty() ? null : WebSyntax.INSTANCE.hint(hint)));
    }
}
