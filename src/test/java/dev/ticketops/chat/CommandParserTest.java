package dev.ticketops.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.domain.Action;
import dev.ticketops.app.CloseTicket;
import dev.ticketops.app.LinkChannel;
import dev.ticketops.app.ListTickets;
import dev.ticketops.app.LogTime;
import dev.ticketops.app.OpenTicket;
import dev.ticketops.app.PostEstimate;
import dev.ticketops.app.ReopenTicket;
import dev.ticketops.app.SetBillable;
import dev.ticketops.app.ShowTicket;
import dev.ticketops.app.UndoTime;
import dev.ticketops.app.UseCaseCommand;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.EstimateRange;
import dev.ticketops.domain.Role;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.support.Hints;
import dev.ticketops.domain.WorkDuration;
import dev.ticketops.support.World;
import org.junit.jupiter.api.Test;

class CommandParserTest {
    private static final Caller WHO = World.person("U_STAFF", "sam", Role.STAFF);
    private static final ChannelRef WHERE = World.channel("C_ACME");

    private static Command parse(String command, String text) {
        return CommandParser.parse(WHO, WHERE, command, text);
    }

    private static Command ticket(String text) {
        return parse("/ticket", text);
    }

    private static Command run(UseCaseCommand c) {
        return new Command.Run(c);
    }

    private static Command open(String title, String description, boolean urgent) {
        return run(new OpenTicket.Command(WHO, WHERE, title, description, urgent));
    }

    private static Command log(long ticket, int minutes, String note) {
        return run(new LogTime.Command(WHO, TicketNumber.of(ticket), new WorkDuration(minutes), note));
    }

    @Test
    void ticket_opensWithTitleDescriptionAndUrgentFlag() {
        assertThat(ticket("Checkout bug fix | pay button dead --urgent")).isEqualTo(open("Checkout bug fix", "pay button dead", true));
        assertThat(ticket("--urgent Server down")).isEqualTo(open("Server down", null, true));
        assertThat(ticket("Printer jam")).isEqualTo(open("Printer jam", null, false));
        assertThat(ticket("new show me the logs")).isEqualTo(open("show me the logs", null, false));
    }

    @Test
    void ticket_subcommands() {
        assertThat(ticket("")).isInstanceOf(Command.Help.class);
        assertThat(ticket("help")).isInstanceOf(Command.Help.class);
        assertThat(ticket("list")).isEqualTo(run(new ListTickets.Query(WHO, true)));
        assertThat(ticket("list all")).isEqualTo(run(new ListTickets.Query(WHO, false)));
        assertThat(ticket("show #12")).isEqualTo(run(new ShowTicket.Query(WHO, TicketNumber.of(12))));
        assertThat(ticket("show 12")).isEqualTo(run(new ShowTicket.Query(WHO, TicketNumber.of(12))));
        assertThat(ticket("close #3 Root cause found; fixed"))
                .isEqualTo(run(new CloseTicket.Command(WHO, TicketNumber.of(3), "Root cause found; fixed")));
        assertThat(ticket("reopen 3")).isEqualTo(run(new ReopenTicket.Command(WHO, TicketNumber.of(3))));
        assertThat(ticket("billable #3 no")).isEqualTo(run(new SetBillable.Command(WHO, TicketNumber.of(3), false)));
        assertThat(ticket("link Acme Corp")).isEqualTo(run(new LinkChannel.Command(WHO, WHERE, "Acme Corp")));
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
        EstimateRange twoToThree = EstimateRange.parse("2-3h").orElseThrow();
        assertThat(parse("/estimate", "#12 2-3h needs DB access"))
                .isEqualTo(run(new PostEstimate.Command(WHO, TicketNumber.of(12), twoToThree, "needs DB access")));
        assertThat(parse("/estimate", "12 2 - 3 hours")).isEqualTo(run(new PostEstimate.Command(WHO, TicketNumber.of(12), twoToThree, null)));
        assertThat(parse("/estimate", "2-3h")).isInstanceOf(Command.Invalid.class);
        assertThat(parse("/estimate", "#4")).isInstanceOf(Command.Invalid.class);
        var soon = (Command.Invalid) parse("/estimate", "#4 soon");
        assertThat(soon.reason()).contains("“soon”");
        assertThat(soon.usageOf()).isEqualTo(Action.ESTIMATE);
    }

    @Test
    void log_readsBothOrders_undo_andExplainsMistakes() {
        assertThat(parse("/log", "1.5h #12 fixed css")).isEqualTo(log(12, 90, "fixed css"));
        assertThat(parse("/log", "#12 1h30m")).isEqualTo(log(12, 90, null));
        assertThat(parse("/log", "2 hours 12 on-site")).isEqualTo(log(12, 120, "on-site"));
        assertThat(parse("/log", "12 45 min")).isEqualTo(log(12, 45, null));
        assertThat(parse("/log", "undo")).isEqualTo(run(new UndoTime.Command(WHO)));
        assertThat(((Command.Invalid) parse("/log", "1.5h")).reason()).contains("On which ticket");
        var lots = (Command.Invalid) parse("/log", "lots #12");
        assertThat(lots.reason()).isEqualTo("“lots” is not a duration I can read.");
        assertThat(lots.usageOf()).isEqualTo(Action.LOG_TIME);
        assertThat(parse("/log", "")).isInstanceOf(Command.Invalid.class);
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
