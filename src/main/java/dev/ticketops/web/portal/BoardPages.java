package dev.ticketops.web.portal;

import dev.ticketops.app.PortalUser;
import dev.ticketops.app.ShowBoard;
import dev.ticketops.app.UseCases;
import dev.ticketops.domain.Result;
import io.javalin.http.Context;

/** The staff board (staff only: the use case refuses anyone else). */
final class BoardPages {
    private final UseCases app;
    private final Pages pages;

    BoardPages(UseCases app, Pages pages) {
        this.app = app;
        this.pages = pages;
    }

    void board(Context ctx, PortalUser u) {
        var board = app.portal().board().execute(new ShowBoard.Query(u.caller(), id(ctx.queryParam("client")),
                id(ctx.queryParam("assignee"))));
        if (board instanceof Result.Refused<ShowBoard.Board> r) {
            pages.message(ctx, 403, u, "Staff only", r.reason(), r.hint());
            return;
        }
        pages.render(ctx, 200, "portal/board.jte", new Views.Board(new Layout("Board", u, "board"), board.orElseThrow()));
    }

    private static Long id(String s) {
        if (s == null || !s.matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(s);
    }
}
