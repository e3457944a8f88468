package dev.ticketops;

import dev.ticketops.app.BillingDefaults;
import dev.ticketops.app.ExportData;
import dev.ticketops.app.ListTickets;
import dev.ticketops.app.ReadInvoiceDocument;
import dev.ticketops.app.SendDigests;
import dev.ticketops.app.SendReminders;
import dev.ticketops.app.Stores;
import dev.ticketops.app.SupportRounds;
import dev.ticketops.app.UseCaseFactory;
import dev.ticketops.app.UseCases;
import dev.ticketops.app.port.Destination;
import dev.ticketops.chat.Conversation;
import dev.ticketops.config.Config;
import dev.ticketops.discord.DiscordSyntax;
import dev.ticketops.domain.Platform;
import dev.ticketops.slack.SlackSyntax;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The core, built in this one place: the use cases, and the conversation each platform talks to. The adapters, the
 * jobs, the web routes and the command line are handed what they need from here.
 */
record Core(UseCases useCases, Conversation conversation, Conversation slackConversation,
            Conversation discordConversation, ListTickets listTickets, ReadInvoiceDocument invoiceDocuments,
            ExportData exportData, SendDigests digests, SendReminders reminders, SupportRounds supportRounds) {
    // Slack shows its own error after 3 s: a request waits for the database 2 s at most, then hears that nothing
    // was changed. Discord's answer is deferred after 2 s, so it may wait longer.
    static final Duration SLACK_PATIENCE = Duration.ofMillis(2000);
    static final Duration DISCORD_PATIENCE = Duration.ofSeconds(10);

    static Core build(Config config, Clock clock, Stores stores) {
        UseCaseFactory factory = new UseCaseFactory(stores, clock, new BillingDefaults(config.hourlyRate(),
                config.paymentTermDays(), config.zone(), config.reminderEveryDays(), config.publicUrl()), config.supportClock());
        UseCases useCases = factory.useCases();
        // the platform-neutral handle (operator and tests) writes commands as Slack's text; each platform's own
        // conversation renders hints in its syntax
        return new Core(useCases, new Conversation(useCases, SlackSyntax.INSTANCE),
                new Conversation(useCases, SLACK_PATIENCE, SlackSyntax.INSTANCE),
                new Conversation(useCases, DISCORD_PATIENCE, DiscordSyntax.INSTANCE),
                useCases.listTickets(), useCases.readInvoiceDocument(), useCases.exportData(),
                factory.sendDigests(new SendDigests.Settings(config.digestTime(), staffDigests(config))),
                useCases.sendReminders(), factory.supportRounds(staffDigests(config)));
    }

    /** The staff channels the daily digest goes to (DIGEST_SLACK_CHANNEL, DIGEST_DISCORD_CHANNEL), on platforms that are on. */
    static List<Destination> staffDigests(Config config) {
        List<Destination> staff = new ArrayList<>();
        if (config.slackEnabled()) {
            config.digestSlackChannel().ifPresent(c -> staff.add(new Destination(Platform.SLACK, "slack", c, false)));
        }
        if (config.discordEnabled()) {
            config.digestDiscordChannel().ifPresent(c -> staff.add(new Destination(Platform.DISCORD, "discord", c, false)));
        }
        return staff;
    }
}
