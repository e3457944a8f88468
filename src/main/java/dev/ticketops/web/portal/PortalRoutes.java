package dev.ticketops.web.portal;

import dev.ticketops.app.EndPortalSessions;
import dev.ticketops.app.PortalUseCases;
import dev.ticketops.app.PortalUser;
import dev.ticketops.app.SignInPortal;
import dev.ticketops.app.UseCases;
import dev.ticketops.app.port.StoreUnavailable;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.web.RouteModule;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The support portal: {@code GET /portal/login?token=…} (a one-time link from {@code /ticket portal}) opens a session
 * and redirects to {@code /portal}; every other page needs the session cookie, every form its CSRF token. The pages
 * call the same use cases as chat ({@link TicketPages}, {@link InvoicePages}, {@link BoardPages}).
 */
public final class PortalRoutes implements RouteModule {
    private static final Logger LOG = LoggerFactory.getLogger(PortalRoutes.class);
    public static final String COOKIE = "ticketops_portal";
    /** Link-preview fetchers (chat unfurls) must not spend a one-time link. */
    private static final Set<String> PREVIEW_AGENTS = Set.of("slackbot", "discordbot", "facebookexternalhit", "twitterbot",
            "linkedinbot", "whatsapp", "telegrambot", "skypeuripreview");

    private final PortalUseCases portal;
    private final LoginThrottle throttle;
    private final boolean secureCookie;
    private final Pages pages = new Pages();
    private final TicketPages tickets;
    private final InvoicePages invoices;
    private final BoardPages board;
    private final NumbersPages numbers;
    private final byte[] css;

    /** {@code publicUrl}: PUBLIC_URL — the cookie is Secure when it is https. */
    public PortalRoutes(UseCases app, String publicUrl, String paymentInstructions, LoginThrottle throttle) {
        this.portal = app.portal();
        this.throttle = throttle;
        this.secureCookie = publicUrl.toLowerCase(Locale.ROOT).startsWith("https:");
        this.tickets = new TicketPages(app, pages);
        this.invoices = new InvoicePages(app, pages, paymentInstructions);
        this.board = new BoardPages(app, pages);
        this.numbers = new NumbersPages(app, pages);
        this.css = resource("/portal/portal.css");
    }

    /** The signed-in part of a page. */
    @FunctionalInterface
    interface SignedIn {
        void handle(Context ctx, PortalUser user);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/portal/assets/portal.css", ctx -> {
            Pages.secure(ctx);
            ctx.header("Cache-Control", "public, max-age=3600").contentType("text/css; charset=utf-8").result(css);
        });
        routes.get("/portal/login", this::login);
        routes.post("/portal/logout", ctx -> form(ctx, (c, u) -> {
            portal.endSessions().signOut(c.cookie(COOKIE));
            signedOut(c, "You are signed out.");
        }));
        routes.post("/portal/logout-all", ctx -> form(ctx, (c, u) -> {
            int n = portal.endSessions().execute(new EndPortalSessions.Command(u.caller())).orElseThrow().sessions();
            signedOut(c, "You are signed out in " + (n == 1 ? "1 browser" : n + " browsers") + ".");
        }));
        routes.get("/portal", ctx -> page(ctx, (c, u) -> {
            if (u.isStaff()) {
                board.board(c, u);
            } else {
                tickets.list(c, u);
            }
        }));
        routes.get("/portal/tickets", ctx -> page(ctx, tickets::list));
        routes.get("/portal/tickets/new", ctx -> page(ctx, tickets::newForm));
        routes.post("/portal/tickets", ctx -> form(ctx, tickets::open));
        routes.get("/portal/tickets/{number}", ctx -> page(ctx, tickets::show));
        routes.post("/portal/tickets/{number}/decision", ctx -> form(ctx, tickets::decide));
        routes.post("/portal/tickets/{number}/estimate", ctx -> form(ctx, tickets::estimate));
        routes.post("/portal/tickets/{number}/billable", ctx -> form(ctx, tickets::billable));
        routes.post("/portal/tickets/{number}/time", ctx -> form(ctx, tickets::logTime));
        routes.post("/portal/tickets/{number}/close", ctx -> form(ctx, tickets::close));
        routes.get("/portal/invoices", ctx -> page(ctx, invoices::list));
        routes.get("/portal/invoices/{number}", ctx -> page(ctx, invoices::show));
        routes.get("/portal/board", ctx -> page(ctx, board::board));
        routes.get("/portal/numbers", ctx -> page(ctx, numbers::numbers));
    }

    private void login(Context ctx) {
        String agent = ctx.header("User-Agent") == null ? "" : ctx.header("User-Agent").toLowerCase(Locale.ROOT);
        if (PREVIEW_AGENTS.stream().anyMatch(agent::contains)) {
            pages.message(ctx, 200, null, "Sign in to the support portal", "Open this link in your browser to sign in.", Hint.NONE);
            return;
        }
        Duration wait = throttle.blocked(ctx.ip());
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds() + 1);
            ctx.header("Retry-After", Long.toString(seconds));
            pages.message(ctx, 429, null, "Too many sign-in attempts",
                    "Too many sign-in links from this address did not work (" + throttle.max() + " in a short while).",
                    Hint.say("Wait " + seconds + " seconds, then open your link again."));
            return;
        }
        Result<SignInPortal.SignedIn> signed;
        try {
            signed = portal.signIn().execute(ctx.queryParam("token"));
        } catch (StoreUnavailable e) {
            unavailable(ctx, e);
            return;
        }
        if (signed instanceof Result.Refused<SignInPortal.SignedIn> r) {
            throttle.failed(ctx.ip());
            pages.message(ctx, 410, null, "This link does not sign you in", r.reason(), r.hint());
            return;
        }
        setCookie(ctx, signed.orElseThrow().session(), false);
        Pages.secure(ctx);
        ctx.redirect("/portal", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void setCookie(Context ctx, String value, boolean clear) {
        ctx.header("Set-Cookie", COOKIE + "=" + value + "; Path=/portal; HttpOnly; SameSite=Lax"
                + (secureCookie ? "; Secure" : "") + (clear ? "; Max-Age=0" : ""));
    }

    private void signedOut(Context ctx, String text) {
        setCookie(ctx, "", true);
        pages.message(ctx, 200, null, "Signed out", text,
                Hint.run("To sign in again, type ", Suggestion.of(Action.PORTAL), " for a new link."));
    }

    /** A page for a signed-in person; anyone else is told how to sign in. */
    private void page(Context ctx, SignedIn handler) {
        try {
            PortalUser user = portal.resume().execute(ctx.cookie(COOKIE)).orElse(null);
            if (user == null) {
                pages.message(ctx, 401, null, "Please sign in", "You are not signed in, or your session ended.",
                        Hint.run("Type ", Suggestion.of(Action.PORTAL), " for a sign-in link."));
                return;
            }
            handler.handle(ctx, user);
        } catch (StoreUnavailable e) {
            unavailable(ctx, e);
        }
    }

    /** A form post: a signed-in person and this session's CSRF token, or nothing happens. */
    private void form(Context ctx, SignedIn handler) {
        page(ctx, (c, user) -> {
            String sent = c.formParam("csrf");
            if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                    user.csrfToken().getBytes(StandardCharsets.UTF_8))) {
                pages.message(c, 403, user, "This form cannot be sent",
                        "The form is out of date or did not come from this portal, so nothing was changed.",
                        Hint.say("Go back, reload the page and send it again."));
                return;
            }
            handler.handle(c, user);
        });
    }

    private void unavailable(Context ctx, StoreUnavailable e) {
        LOG.warn("portal request not served: {}", e.getMessage());
        pages.message(ctx, 503, null, "Please try again in a minute",
                e.mayHaveCommitted() ? "The database connection broke while saving; look at the ticket before you try again."
                        : "The database cannot be reached right now, so nothing was changed.", Hint.NONE);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PortalRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
