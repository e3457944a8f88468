package dev.ticketops.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.chat.CommandParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DiscordIdiomTest {

    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {
            "Post an estimate with /estimate #12 2-3h and wait.=Post an estimate with /estimate ticket:12 hours:2-3h and wait.",
            "Log time with /log <duration> #12.=Log time with /log duration:<duration> ticket:12.",
            "Reopen it with /ticket reopen #7 if the work continues.=Reopen it with /ticket reopen ticket:7 if the work continues.",
            "See its summary with /ticket show #7.=See its summary with /ticket show ticket:7.",
            "Usage: /ticket close #N <summary of the work done>=Usage: /ticket close ticket:N summary:<summary of the work done>",
            "or mark it billable with /ticket billable #3 yes.=or mark it billable with /ticket billable ticket:3 value:True.",
            "Link it first with /ticket link Acme Corp.=Link it first with /ticket link client:Acme Corp.",
            "Made a mistake? /log undo within 10 minutes.=Made a mistake? /log duration:undo within 10 minutes.",
            "Write it like: /ticket Checkout bug fix | what happens and since when=Write it like: /ticket open title:Checkout bug fix description:what happens and since when",
            "Staff can let one ticket continue with /invoice override #N <reason>.=Staff can let one ticket continue with /invoice override ticket:N reason:<reason>."})
    void rewritesSlackStyleHints(String slack, String discord) {
        assertThat(DiscordIdiom.rewrite(slack)).isEqualTo(discord);
    }

    @Test
    void theHelpText_usesDiscordOptions() {
        String help = DiscordIdiom.rewrite(CommandParser.TICKET_USAGE + "\n" + CommandParser.LOG_USAGE + "\n" + CommandParser.INVOICE_USAGE);
        assertThat(help).contains("/ticket open title:<title> [description:<description>] [urgent:True]",
                "/ticket list [scope:open|all]", "/ticket show ticket:N", "/ticket close ticket:N summary:<summary>",
                "/log duration:<duration> ticket:N", "/log duration:undo", "/invoice paid number:INV-2026-0001 method:wise|paypal",
                "/invoice override ticket:N reason:<reason>").doesNotContain("#N");
        assertThat(DiscordIdiom.rewrite("plain text with no commands")).isEqualTo("plain text with no commands");
    }
}
