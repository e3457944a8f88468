package dev.ticketops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.chat.Command;
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

    /** A filled-in command for each action, and what the Slack parser must read it as. */
    private static final Map<Action, Class<? extends Command>> READS_AS = Map.ofEntries(
            Map.entry(Action.HELP, Command.Help.class), Map.entry(Action.OPEN_TICKET, Command.OpenTicket.class),
            Map.entry(Action.LIST_TICKETS, Command.ListTickets.class), Map.entry(Action.SHOW_TICKET, Command.ShowTicket.class),
            Map.entry(Action.CLOSE_TICKET, Command.CloseTicket.class), Map.entry(Action.REOPEN_TICKET, Command.ReopenTicket.class),
            Map.entry(Action.SET_BILLABLE, Command.SetBillable.class), Map.entry(Action.LINK_CHANNEL, Command.LinkChannel.class),
            Map.entry(Action.DIGEST, Command.ShowDigest.class), Map.entry(Action.ESTIMATE, Command.Estimate.class),
            Map.entry(Action.LOG_TIME, Command.LogTime.class), Map.entry(Action.UNDO_LOG, Command.UndoLog.class),
            Map.entry(Action.ISSUE_INVOICE, Command.IssueInvoice.class), Map.entry(Action.LIST_INVOICES, Command.ListInvoices.class),
            Map.entry(Action.SHOW_INVOICE, Command.ShowInvoice.class), Map.entry(Action.RECORD_PAYMENT, Command.RecordPayment.class),
            Map.entry(Action.CLIENT_TERMS, Command.ClientTerms.class), Map.entry(Action.OVERRIDE_OVERDUE, Command.OverrideOverdue.class));

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
            default -> null;
        };
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void everyAction_rendersACommandThatSlacksParserReadsBack(Action action) {
        String command = SLACK.command(Suggestion.of(action, TWELVE, example(action)));
        String[] parts = command.split(" ", 2);

        Command read = CommandParser.parse(parts[0], parts.length > 1 ? parts[1] : "");

        assertThat(read).as(command).isInstanceOf(READS_AS.get(action));
        assertThat(SLACK.usage(action)).as("usage of " + action).startsWith(parts[0] + " ").contains(" — ");
    }

    @Test
    void aTitleThatStartsLikeASubcommand_isOpenedWithNew() {
        String command = SLACK.command(Suggestion.of(Action.OPEN_TICKET, "show me the money"));

        assertThat(command).isEqualTo("/ticket new show me the money");
        assertThat(CommandParser.parse("/ticket", command.substring("/ticket ".length())))
                .isEqualTo(new Command.OpenTicket("show me the money", null, false));
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
