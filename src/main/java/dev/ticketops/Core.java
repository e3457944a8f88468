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
            ExportData exportData, SendDigests digests, SendReminders reminders,
            java.util.Optional<UseCaseFactory.ZohoUseCases> zoho, SupportRounds supportRounds) {
    // Slack shows its own error after 3 s: a request waits for the database 2 s at most, then hears that nothing
    // was changed. Discord's answer is deferred after 2 s, so it may wait longer.
    static final Duration SLACK_PATIENCE = Duration.ofMillis(2000);
    static final Duration DISCORD_PATIENCE = Duration.ofSeconds(10);

    static Core build(Config config, Clock clock, Stores stores) {
        return build(config, clock, stores, java.util.Optional.empty(), java.util.Optional.empty());
    }

    /** With Zoho Invoice on: its work queue ({@code syncs}) and API ({@code zohoApi}). */
    static Core build(Config config, Clock clock, Stores stores, java.util.Optional<dev.ticketops.app.port.ZohoSyncs> syncs,
                      java.util.Optional<dev.ticketops.app.port.ZohoInvoicing> zohoApi) {
        boolean zohoOn = syncs.isPresent() && zohoApi.isPresent();
        UseCaseFactory factory = new UseCaseFactory(stores, clock, new BillingDefaults(config.hourlyRate(),
                config.paymentTermDays(), config.zone(), config.reminderEveryDays(), config.publicUrl(),
                new BillingDefaults.Invoicing(config.paymentMethods(), config.paymentInstructions(), config.taxRate(),
                        config.taxLabel(), zohoOn)), zohoOn ? syncs : java.util.Optional.empty(), config.supportClock(), triage(config));
        UseCases useCases = factory.useCases();
        // the platform-neutral handle (operator and tests) writes commands as Slack's text; each platform's own
        // conversation renders hints in its syntax
        return new Core(useCases, new Conversation(useCases, SlackSyntax.INSTANCE),
                new Conversation(useCases, SLACK_PATIENCE, SlackSyntax.INSTANCE),
                new Conversation(useCases, DISCORD_PATIENCE, DiscordSyntax.INSTANCE),
                useCases.listTickets(), useCases.readInvoiceDocument(), useCases.exportData(),
                factory.sendDigests(new SendDigests.Settings(config.digestTime(), staffDigests(config))),
                useCases.sendReminders(), zohoOn ? java.util.Optional.of(factory.zoho(zohoApi.get())) : java.util.Optional.empty(),
                factory.supportRounds(staffWarnings(config)));
    }

    /**
     * The staff triage channels (TRIAGE_SLACK_CHANNEL, TRIAGE_DISCORD_CHANNEL) on platforms that are on: every new
     * ticket gets a triage card there, and the clients' messages are mirrored into its thread. A Slack channel is in
     * the served workspace (SLACK_TEAM_ID when set).
     */
    static List<dev.ticketops.domain.ChannelRef> triage(Config config) {
        List<dev.ticketops.domain.ChannelRef> triage = new ArrayList<>();
        if (config.slackEnabled()) {
            config.triageSlackChannel().ifPresent(c -> triage.add(new dev.ticketops.domain.ChannelRef(Platform.SLACK,
                    config.slackTeamId().orElse("slack"), c)));
        }
        if (config.discordEnabled()) {
            config.triageDiscordChannel().ifPresent(c -> triage.add(new dev.ticketops.domain.ChannelRef(Platform.DISCORD,
                    config.discordGuildId().orElse("discord"), c)));
        }
        return triage;
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

    /**
     * Where the support clock's staff warnings go: the triage channel of a platform when it has one (TRIAGE_SLACK_CHANNEL,
     * TRIAGE_DISCORD_CHANNEL), else its staff digest channel.
     */
    static List<Destination> staffWarnings(Config config) {
        List<Destination> staff = new ArrayList<>();
        for (Destination digest : staffDigests(config)) {
            var triage = digest.platform() == Platform.SLACK ? config.triageSlackChannel() : config.triageDiscordChannel();
            staff.add(triage.map(c -> new Destination(digest.platform(), digest.workspaceId(), c, false)).orElse(digest));
        }
        if (config.slackEnabled() && config.digestSlackChannel().isEmpty()) {
            config.triageSlackChannel().ifPresent(c -> staff.add(new Destination(Platform.SLACK, "slack", c, false)));
        }
        if (config.discordEnabled() && config.digestDiscordChannel().isEmpty()) {
            config.triageDiscordChannel().ifPresent(c -> staff.add(new Destination(Platform.DISCORD, "discord", c, false)));
        }
        return staff;
    }
}
