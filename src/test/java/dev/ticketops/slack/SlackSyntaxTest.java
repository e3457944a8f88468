package dev.ticketops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.app.ChangeTerms;
import dev.ticketops.app.CloseTicket;
import dev.ticketops.app.IssueInvoice;
import dev.ticketops.app.LinkChannel;
import dev.ticketops.app.ListInvoices;
import dev.ticketops.app.ListTickets;
import dev.ticketops.app.LogTime;
import dev.ticketops.app.OpenTicket;
import dev.ticketops.app.OverrideOverdue;
import dev.ticketops.app.PostEstimate;
import dev.ticketops.app.PreviewDigest;
import dev.ticketops.app.RecordPayment;
import dev.ticketops.app.ReopenTicket;
import dev.ticketops.app.SetBillable;
import dev.ticketops.app.ShowInvoice;
import dev.ticketops.app.ShowTicket;
import dev.ticketops.app.UndoTime;
import dev.ticketops.chat.Command;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Role;
import dev.ticketops.support.World;
import dev.ticketops.chat.CommandParser;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.TicketNumber;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SlackSyntaxTest {
    private static final SlackSyntax SLACK = SlackSyntax.INSTANCE;
    private static final TicketNumber TWELVE = TicketNumber.of(12);

    private static final Caller WHO = World.person("U_STAFF", "sam", Role.STAFF);
    private static final ChannelRef WHERE = World.channel("C_ACME");

    /** A filled-in command for each action, and what the Slack parser must read it as (a use case's own record). */
    private static final Map<Action, Class<?>> READS_AS = Map.ofEntries(
            Map.entry(Action.HELP, Command.Help.class), Map.entry(Action.OPEN_TICKET, OpenTicket.Command.class),
            Map.entry(Action.LIST_TICKETS, ListTickets.Query.class), Map.entry(Action.SHOW_TICKET, ShowTicket.Query.class),
            Map.entry(Action.CLOSE_TICKET, CloseTicket.Command.class), Map.entry(Action.REOPEN_TICKET, ReopenTicket.Command.class),
            Map.entry(Action.SET_BILLABLE, SetBillable.Command.class), Map.entry(Action.LINK_CHANNEL, LinkChannel.Command.class),
            Map.entry(Action.DIGEST, PreviewDigest.Query.class), Map.entry(Action.ESTIMATE, PostEstimate.Command.class),
            Map.entry(Action.LOG_TIME, LogTime.Command.class), Map.entry(Action.UNDO_LOG, UndoTime.Command.class),
            Map.entry(Action.ISSUE_INVOICE, IssueInvoice.Command.class), Map.entry(Action.LIST_INVOICES, ListInvoices.Query.class),
            Map.entry(Action.SHOW_INVOICE, ShowInvoice.Query.class), Map.entry(Action.RECORD_PAYMENT, RecordPayment.Command.class),
            Map.entry(Action.CLIENT_TERMS, ChangeTerms.Command.class), Map.entry(Action.OVERRIDE_OVERDUE, OverrideOverdue.Command.class),
            Map.entry(Action.START_TIMER, dev.ticketops.app.StartTimer.Command.class),
            Map.entry(Action.STOP_TIMER, dev.ticketops.app.StopTimer.Command.class),
            Map.entry(Action.TIMER_STATUS, dev.ticketops.app.ShowTimers.Query.class),
            Map.entry(Action.REPLY_TICKET, dev.ticketops.app.ReplyToTicket.Command.class),
            Map.entry(Action.ASSIGN_TICKET, dev.ticketops.app.AssignTicket.Command.class),

            Map.entry(Action.PORTAL, dev.ticketops.app.MintPortalLink.Command.class));

    /** What was read: the help topic's record, or the use case's own command inside {@link Command.Run}. */
    private static Object read(String command, String text) {
        Command c = CommandParser.parse(WHO, WHERE, command, text);
        return c instanceof Command.Run run ? run.command() : c;
    }

    private static String example(Action a) {
        return switch (a) {
            case OPEN_TICKET -> "Printer offline";
            case LIST_TICKETS -> "all";
            case CLOSE_TICKET -> "Replaced the toner";
            case SET_BILLABLE -> "no";
            case LINK_CHANNEL, ISSUE_INVOICE, CLIENT_TERMS -> "Acme Corp";
            case ESTIMATE -> "2-3h";
            case LOG_TIME -> "1.5h";
            case SHOW_INVOICE, RECORD_PAYMENT -> "INV-2026-0001";
            case OVERRIDE_OVERDUE -> "paid by phone";
            case REPLY_TICKET -> "We found the cause";
            case ASSIGN_TICKET -> "me";
            default -> null;
        };
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void everyAction_rendersACommandThatSlacksParserReadsBack(Action action) {
        String command = SLACK.command(Suggestion.of(action, TWELVE, example(action)));
        String[] parts = command.split(" ", 2);

        Object read = read(parts[0], parts.length > 1 ? parts[1] : "");

        if (read instanceof Command.Invalid invalid) {
            // a template with placeholders ("[amount] wise|paypal"): values are typed now, so it is read as this
            // command still to be filled in, answered with its own usage
            assertThat(command).as(command).contains("[");
            assertThat(invalid.usageOf()).as(command).isEqualTo(action);
        } else {
            assertThat(read).as(command).isInstanceOf(READS_AS.get(action));
        }
        assertThat(SLACK.usage(action)).as("usage of " + action).startsWith(parts[0] + " ").contains(" — ");
    }

    @Test
    void aTitleThatStartsLikeASubcommand_isOpenedWithNew() {
        String command = SLACK.command(Suggestion.of(Action.OPEN_TICKET, "show me the money"));

        assertThat(command).isEqualTo("/ticket new show me the money");
        assertThat(read("/ticket", command.substring("/ticket ".length())))
                .isEqualTo(new OpenTicket.Command(WHO, WHERE, "show me the money", null, false));
    }

    @Test
    void aRefusalsHint_readsAsSlackText() {
        Hint reopen = Hint.run("Reopen it with ", Suggestion.of(Action.REOPEN_TICKET, TWELVE), " if the work continues.");

        assertThat(SLACK.hint(reopen)).isEqualTo("Reopen it with /ticket reopen #12 if the work continues.");
        assertThat(SLACK.hint(Hint.run("Log time with ", Suggestion.of(Action.LOG_TIME), "."))).isEqualTo("Log time with /log <duration> #N.");
        assertThat(SLACK.hint(Hint.say("Write it like 1.5h.").thenUsage(Action.LOG_TIME)))
                .startsWith("Write it like 1.5h. Usage: /log <duration> #N [note] — ").contains("e.g. /log 1.5h #12 fixed the CSS");
    }
}
