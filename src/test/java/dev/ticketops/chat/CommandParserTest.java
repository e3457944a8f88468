package dev.ticketops.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.domain.Action;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.support.Hints;
import org.junit.jupiter.api.Test;

class CommandParserTest {
    private static Command ticket(String text) {
        return CommandParser.parse("/ticket", text);
    }

    @Test
    void ticket_opensWithTitleDescriptionAndUrgentFlag() {
        assertThat(ticket("Checkout bug fix | pay button dead --urgent"))
                .isEqualTo(new Command.OpenTicket("Checkout bug fix", "pay button dead", true));
        assertThat(ticket("--urgent Server down")).isEqualTo(new Command.OpenTicket("Server down", null, true));
        assertThat(ticket("Printer jam")).isEqualTo(new Command.OpenTicket("Printer jam", null, false));
        assertThat(ticket("new show me the logs")).isEqualTo(new Command.OpenTicket("show me the logs", null, false));
    }

    @Test
    void ticket_subcommands() {
        assertThat(ticket("")).isInstanceOf(Command.Help.class);
        assertThat(ticket("help")).isInstanceOf(Command.Help.class);
        assertThat(ticket("list")).isEqualTo(new Command.ListTickets(true));
        assertThat(ticket("list all")).isEqualTo(new Command.ListTickets(false));
        assertThat(ticket("show #12")).isEqualTo(new Command.ShowTicket(TicketNumber.of(12)));
        assertThat(ticket("show 12")).isEqualTo(new Command.ShowTicket(TicketNumber.of(12)));
        assertThat(ticket("close #3 Root cause found; fixed")).isEqualTo(new Command.CloseTicket(TicketNumber.of(3), "Root cause found; fixed"));
        assertThat(ticket("reopen 3")).isEqualTo(new Command.ReopenTicket(TicketNumber.of(3)));
        assertThat(ticket("billable #3 no")).isEqualTo(new Command.SetBillable(TicketNumber.of(3), false));
        assertThat(ticket("link Acme Corp")).isEqualTo(new Command.LinkChannel("Acme Corp"));
    }

    @Test
    void aPastedWallOfText_isQuotedShortInTheRefusal() {
        var wrongScope = (Command.Invalid) ticket("list " + "everything ".repeat(200));
        assertThat(wrongScope.reason()).startsWith("“everything everything").contains("…”").hasSizeLessThan(90);
    }

    @Test
    void ticket_malformedSubcommands_explainAndShowUsage() {
        var close = (Command.Invalid) ticket("close #3");
        assertThat(close.reason()).contains("summary");
        var show = (Command.Invalid) ticket("show me the money");
        assertThat(show.reason()).contains("“me” is not a ticket number");
        assertThat(show.usageOf()).isEqualTo(Action.SHOW_TICKET);
        assertThat(Hints.slack(show.also())).isEqualTo("To open a ticket with this title instead: /ticket new show me the money");
        assertThat(((Command.Invalid) ticket("billable 3 maybe")).usageOf()).isEqualTo(Action.SET_BILLABLE);
        assertThat(((Command.Invalid) ticket("list everything")).reason()).contains("open or all");
    }

    @Test
    void estimate_readsTicketRangeAndNote() {
        assertThat(CommandParser.parse("/estimate", "#12 2-3h needs DB access"))
                .isEqualTo(new Command.Estimate(TicketNumber.of(12), "2-3h", "needs DB access"));
        assertThat(CommandParser.parse("/estimate", "12 2 - 3 hours"))
                .isEqualTo(new Command.Estimate(TicketNumber.of(12), "2 - 3 hours", null));
        assertThat(CommandParser.parse("/estimate", "2-3h")).isInstanceOf(Command.Invalid.class);
        assertThat(CommandParser.parse("/estimate", "#4")).isInstanceOf(Command.Invalid.class);
    }

    @Test
    void log_readsBothOrders_undo_andExplainsMistakes() {
        assertThat(CommandParser.parse("/log", "1.5h #12 fixed css")).isEqualTo(new Command.LogTime(TicketNumber.of(12), "1.5h", "fixed css"));
        assertThat(CommandParser.parse("/log", "#12 1h30m")).isEqualTo(new Command.LogTime(TicketNumber.of(12), "1h30m", null));
        assertThat(CommandParser.parse("/log", "2 hours 12 on-site")).isEqualTo(new Command.LogTime(TicketNumber.of(12), "2 hours", "on-site"));
        assertThat(CommandParser.parse("/log", "12 45 min")).isEqualTo(new Command.LogTime(TicketNumber.of(12), "45 min", null));
        assertThat(CommandParser.parse("/log", "undo")).isEqualTo(new Command.UndoLog());
        assertThat(((Command.Invalid) CommandParser.parse("/log", "1.5h")).reason()).contains("On which ticket");
        assertThat(CommandParser.parse("/log", "lots #12")).isEqualTo(new Command.LogTime(TicketNumber.of(12), "lots", null));
        assertThat(CommandParser.parse("/log", "")).isInstanceOf(Command.Invalid.class);
    }

    @Test
    void actionCodec_roundTripsAndStaysUnderDiscordsLimit() {
        String v = ActionCodec.encode(dev.ticketops.domain.Decision.APPROVED, TicketNumber.of(999_999_999_999L), 999_999_999_999_999L);
        assertThat(v.length()).isLessThanOrEqualTo(100);
        assertThat(ActionCodec.decode(v).orElseThrow().id()).isEqualTo(999_999_999_999_999L);
        assertThat(ActionCodec.decode("xapprove:3:9").orElseThrow().target()).isEqualTo(ActionCodec.Target.EXTRA_TIME);
        assertThat(ActionCodec.decode("approve:0:1")).isEmpty();
        assertThat(ActionCodec.decode("nuke:1:1")).isEmpty();
    }
}
