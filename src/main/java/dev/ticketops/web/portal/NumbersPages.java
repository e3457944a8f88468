package dev.ticketops.web.portal;

import dev.ticketops.app.PortalUser;
import dev.ticketops.app.ShowNumbers;
import dev.ticketops.app.UseCases;
import dev.ticketops.domain.Result;
import io.javalin.http.Context;

/** The staff's Numbers page (staff only: the use case refuses anyone else). */
final class NumbersPages {
    private final UseCases app;
    private final Pages pages;

    NumbersPages(UseCases app, Pages pages) {
        this.app = app;
        this.pages = pages;
    }

    void numbers(Context ctx, PortalUser u) {
        var numbers = app.portal().numbers().execute(new ShowNumbers.Query(u.caller()));
        if (numbers instanceof Result.Refused<ShowNumbers.Numbers> r) {
            pages.message(ctx, 403, u, "Staff only", r.reason(), r.hint());
            return;
        }
        pages.render(ctx, 200, "portal/numbers.jte", new Views.Numbers(new Layout("Numbers", u, "numbers"), numbers.orElseThrow()));
    }
}
