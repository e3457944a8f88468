package dev.ticketops.discord;

import dev.ticketops.app.EndPortalSessions;
import dev.ticketops.app.MintPortalLink;
import dev.ticketops.app.CloseTicket;
import dev.ticketops.app.IssueInvoice;
import dev.ticketops.app.LinkChannel;
import dev.ticketops.app.ListInvoices;
import dev.ticketops.app.ListTickets;
import dev.ticketops.app.OpenTicket;
import dev.ticketops.app.OverrideOverdue;
import dev.ticketops.app.PreviewDigest;
import dev.ticketops.app.ReopenTicket;
import dev.ticketops.app.SetBillable;
import dev.ticketops.app.ShowTicket;
import dev.ticketops.app.UndoTime;
import dev.ticketops.app.UseCaseCommand;
import dev.ticketops.app.port.Replaces;
import dev.ticketops.app.port.TicketSummary;
import dev.ticketops.chat.ActionCodec;
import dev.ticketops.chat.ChatAction;
import dev.ticketops.chat.Command;
import dev.ticketops.chat.CommandFields;
import dev.ticketops.chat.CommandParser;
import dev.ticketops.chat.Conversation;
import dev.ticketops.chat.Reply;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.EstimateRange;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Role;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.WorkDuration;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The one handler behind both Discord transports: typed command options become chat-layer {@link Command}s, button
 * clicks go through the {@link ActionCodec}, autocomplete offers the caller's visible open tickets. Every delivery
 * is keyed by its interaction id, so a repeat acts once.
 */
public final class DiscordInteractions {
    /** Finds the ids of a guild's roles with a given name (for STAFF_DISCORD_ROLE over HTTP, where only ids arrive). */
    public interface RoleDirectory {
        Set<String> roleIdsNamed(String guildId, String roleName);
    }

    private final Conversation conversation;
    private final ListTickets listTickets;
    private final DiscordSettings settings;
    private final RoleDirectory roles;

    public DiscordInteractions(Conversation conversation, ListTickets listTickets, DiscordSettings settings,
                               RoleDirectory roles) {
        this.conversation = conversation;
        this.listTickets = listTickets;
        this.settings = settings;
        this.roles = roles;
    }

    public DiscordOutcome handle(DiscordInteraction i) {
        Caller caller = caller(i);
        ChannelRef channel = new ChannelRef(Platform.DISCORD, i.workspace(), i.channelId() == null ? i.userId() : i.channelId());
        String key = "discord:" + i.id();
        switch (i.type()) {
            case DiscordInteraction.COMMAND -> {
                var answer = conversation.answer(clean -> command(i, caller, channel, clean), key);
                return DiscordOutcome.message(answer.reply()).about(answer.ticket());
            }
            case DiscordInteraction.COMPONENT -> {
                String customId = i.customId() == null ? "" : i.customId();
                String actionId = customId.contains(":") ? customId.substring(0, customId.indexOf(':')) : customId;
                var answer = conversation.clickAnswer(new ChatAction(caller, channel, actionId, customId, key, clickedCard(i)));
                Reply reply = answer.reply();
                return (reply.replaceOriginal() ? DiscordOutcome.update(reply) : DiscordOutcome.message(reply)).about(answer.ticket());
            }
            case DiscordInteraction.AUTOCOMPLETE -> {
                return DiscordOutcome.choices(choices(caller, i));
            }
            default -> {
                return DiscordOutcome.message(Reply.refusal("This kind of interaction is not supported.", "Use /ticket help."));
            }
        }
    }

    /**
     * The message whose button was clicked: its id (the bot edits it in its channel, which works as long as the bot
     * token does) and the interaction's webhook as {@code application id/token} (15 minutes) for messages the bot may
     * not edit, such as ephemeral ones. Null when Discord gave neither.
     */
    static Replaces clickedCard(DiscordInteraction i) {
        String webhook = i.applicationId() == null || i.token() == null ? null : i.applicationId() + "/" + i.token();
        return i.messageId() == null && webhook == null ? null : new Replaces(i.messageId(), webhook);
    }

    /** How metrics and logs name an interaction: "ticket open", "estimate", "button", "autocomplete". */
    public static String label(DiscordInteraction i) {
        return switch (i.type()) {
            case DiscordInteraction.COMPONENT -> "button " + (i.customId() == null ? "" : i.customId().replaceAll(":.*", ""));
            case DiscordInteraction.AUTOCOMPLETE -> "autocomplete";
            default -> (i.command() == null ? "-" : i.command()) + (i.subcommand() == null ? "" : " " + i.subcommand());
        };
    }

    /** The ticket-only rule for a direct message to the bot (gateway mode), once per message. */
    public Conversation.Answer directMessage(String messageId) {
        return conversation.ticketOnly("discord-message:" + messageId);
    }

    /**
     * A person's message in a thread (gateway mode; HTTP mode receives none): recorded in the ticket's conversation
     * when the thread is a ticket's. Bots' messages never come here.
     */
    public dev.ticketops.app.RecordThreadMessage.Recorded threadMessage(String guildId, String threadId, String messageId,
                                                                      String userId, String userName, List<String> roleIds,
                                                                      List<String> roleNames, String text) {
        Caller author = caller(new DiscordInteraction(messageId, DiscordInteraction.COMMAND, null, null, guildId, threadId,
                userId, userName, roleIds, roleNames, null, null, Map.of(), null, null));
        return conversation.threadMessage(new dev.ticketops.app.RecordThreadMessage.Command(author, true, threadId, threadId,
                messageId, text));
    }

    /** An edit ({@code text}) or deletion (null) of a message in a thread (gateway mode). */
    public boolean threadMessageChanged(String threadId, String messageId, String text) {
        return conversation.threadMessageChanged(new dev.ticketops.app.EditThreadMessage.Command(Platform.DISCORD, PEOPLE_SCOPE,
                threadId, messageId, text));
    }

    /** Discord user ids are global, so a person is the same in every guild and in DMs. */
    public static final String PEOPLE_SCOPE = "discord";

    Caller caller(DiscordInteraction i) {
        return new Caller(Platform.DISCORD, PEOPLE_SCOPE, i.userId(), i.userName(), isStaff(i) ? Role.STAFF : Role.CLIENT);
    }

    private boolean isStaff(DiscordInteraction i) {
        if (settings.staffIds().contains(i.userId())) {
            return true;
        }
        // A role only counts in the agency's own server: in any other server the bot was invited to, a client could
        // create a role of that name and make themselves staff.
        if (settings.staffRole().isEmpty() || i.guildId() == null || !settings.guildId().map(i.guildId()::equals).orElse(false)) {
            return false;
        }
        String role = settings.staffRole().get();
        if (role.matches("\\d{15,22}")) {
            return i.roleIds().contains(role);
        }
        if (i.roleNames() != null) {
            return i.roleNames().stream().anyMatch(n -> n.equalsIgnoreCase(role));
        }
        Set<String> ids = roles.roleIdsNamed(i.guildId(), role);
        return i.roleIds().stream().anyMatch(ids::contains);
    }

    /**
     * The use case's typed command from the options, each typed text passed through {@code clean} (credential
     * redaction) before it is read; a duration, range, amount or invoice number is read once, here.
     */
    static Command command(DiscordInteraction i, Caller caller, ChannelRef channel, UnaryOperator<String> clean) {
        Function<String, String> text = option -> clean.apply(i.string(option));
        String name = i.command() == null ? "" : i.command().toLowerCase(Locale.ROOT);
        String sub = i.subcommand() == null ? "" : i.subcommand().toLowerCase(Locale.ROOT);
        switch (name) {
            case "ticket" -> {
                switch (sub) {
                    case "open" -> {
                        return run(new OpenTicket.Command(caller, channel, nz(text.apply("title")), text.apply("description"),
                                Boolean.TRUE.equals(i.flag("urgent"))));
                    }
                    case "list" -> {
                        if ("mine".equalsIgnoreCase(text.apply("scope"))) {
                            return run(new dev.ticketops.app.ListMyTickets.Query(caller));
                        }
                        return run(new ListTickets.Query(caller, !"all".equalsIgnoreCase(text.apply("scope"))));
                    }
                    case "assign" -> {
                        Optional<TicketNumber> n = ticket(i);
                        if (n.isEmpty()) {
                            return new Command.Invalid("Which ticket? Give its number.", Action.ASSIGN_TICKET);
                        }
                        String person = i.string("person");
                        return run(new dev.ticketops.app.AssignTicket.Command(caller, n.get(), person == null || person.isBlank()
                                ? null : new Caller(Platform.DISCORD, PEOPLE_SCOPE, person, person, Role.CLIENT)));
                    }
                    case "link" -> {
                        return run(new LinkChannel.Command(caller, channel, nz(text.apply("client"))));
                    }
                    case "digest" -> {
                        return run(new PreviewDigest.Query(caller));
                    }
                    case "portal" -> {
                        return "logout-all".equalsIgnoreCase(text.apply("action"))
                                ? run(new EndPortalSessions.Command(caller))
                                : run(new MintPortalLink.Command(caller, channel));
                    }
                    case "show", "close", "reopen", "billable", "reply" -> {
                        Optional<TicketNumber> n = ticket(i);
                        if (n.isEmpty()) {
                            return new Command.Invalid("Which ticket? Give its number.", switch (sub) {
                                case "show" -> Action.SHOW_TICKET;
                                case "close" -> Action.CLOSE_TICKET;
                                case "reopen" -> Action.REOPEN_TICKET;
                                case "reply" -> Action.REPLY_TICKET;
                                default -> Action.SET_BILLABLE;
                            });
                        }
                        return switch (sub) {
                            case "show" -> run(new ShowTicket.Query(caller, n.get()));
                            case "reply" -> Text.isBlank(text.apply("text"))
                                    ? new Command.Invalid("A reply needs the message to send.", Action.REPLY_TICKET)
                                    : run(new dev.ticketops.app.ReplyToTicket.Command(caller, n.get(), text.apply("text")));
                            case "reopen" -> run(new ReopenTicket.Command(caller, n.get()));
                            case "close" -> Text.isBlank(text.apply("summary"))
                                    ? new Command.Invalid("Closing needs a summary of the work completed — it is the billing record.",
                                    Action.CLOSE_TICKET)
                                    : run(new CloseTicket.Command(caller, n.get(), text.apply("summary")));
                            default -> i.flag("value") == null
                                    ? new Command.Invalid("Say whether it is billable.", Action.SET_BILLABLE)
                                    : run(new SetBillable.Command(caller, n.get(), i.flag("value")));
                        };
                    }
                    default -> {
                        return new Command.Help("ticket");
                    }
                }
            }
            case "estimate" -> {
                Optional<TicketNumber> n = ticket(i);
                if (n.isEmpty()) {
                    return new Command.Invalid("Which ticket?", Action.ESTIMATE);
                }
                return CommandFields.estimate(caller, n.get(), EstimateRange.parse(nz(text.apply("hours"))), text.apply("note"));
            }
            case "log" -> {
                String duration = nz(text.apply("duration"));
                if (duration.strip().equalsIgnoreCase("undo")) {
                    return run(new UndoTime.Command(caller));
                }
                String[] word = duration.strip().split("\\s+", 2);
                if (dev.ticketops.chat.TimerCommands.isTimerWord(word[0])) {
                    // duration:start|stop|status; "stop 45m" (or note:45m …) stops with the time actually worked
                    String after = word.length > 1 ? word[1] : null;
                    String note = text.apply("note");
                    return switch (word[0].toLowerCase(java.util.Locale.ROOT)) {
                        case "start" -> ticket(i).map(n -> dev.ticketops.chat.TimerCommands.start(caller, n, note))
                                .orElse(new Command.Invalid("Which ticket is the timer for?", Action.START_TIMER));
                        case "stop" -> dev.ticketops.chat.TimerCommands.stop(caller,
                                after == null ? note : note == null ? after : after + " " + note);
                        default -> dev.ticketops.chat.TimerCommands.status(caller);
                    };
                }
                Optional<TicketNumber> n = ticket(i);
                if (n.isEmpty()) {
                    return new Command.Invalid("On which ticket?", Action.LOG_TIME);
                }
                return CommandFields.logTime(caller, n.get(), WorkDuration.parse(duration), text.apply("note"));
            }
            case "invoice" -> {
                return switch (sub) {
                    case "issue" -> run(new IssueInvoice.Command(caller, channel, text.apply("client")));
                    case "paid" -> CommandFields.payment(caller, nz(text.apply("number")), text.apply("amount"),
                            nz(text.apply("method")), text.apply("reference"));
                    case "list" -> run(new ListInvoices.Query(caller, channel, text.apply("client")));
                    case "show" -> CommandFields.showInvoice(caller, nz(text.apply("number")));
                    case "terms" -> CommandFields.terms(caller, channel, text.apply("client"), text.apply("rate"),
                            i.number("term") == null ? null : i.number("term").toString(), text.apply("contact"),
                            Boolean.TRUE.equals(i.flag("bill_here")));
                    case "override" -> ticket(i).map(n -> run(new OverrideOverdue.Command(caller, n, text.apply("reason"))))
                            .orElse(new Command.Invalid("Which ticket may continue?", Action.OVERRIDE_OVERDUE));
                    default -> new Command.Help("invoice");
                };
            }
            default -> {
                return new Command.Invalid("I do not know the command /" + name + ".", Action.HELP);
            }
        }
    }

    private static Command run(UseCaseCommand c) {
        return new Command.Run(c);
    }

    private static Optional<TicketNumber> ticket(DiscordInteraction i) {
        Long v = i.number("ticket");
        return v == null || v < 1 ? Optional.empty() : Optional.of(TicketNumber.of(v));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private List<DiscordOutcome.Choice> choices(Caller caller, DiscordInteraction i) {
        Object typed = i.options().get(i.focusedOption() == null ? "ticket" : i.focusedOption());
        String q = typed == null ? "" : typed.toString().strip().replace("#", "").toLowerCase(Locale.ROOT);
        Result<ListTickets.Listing> listing = listTickets.execute(new ListTickets.Query(caller, true));
        if (!(listing instanceof Result.Ok<ListTickets.Listing> ok)) {
            return List.of();
        }
        return ok.value().tickets().stream()
                .filter(t -> q.isEmpty() || Long.toString(t.number().value()).startsWith(q)
                        || t.title().toLowerCase(Locale.ROOT).contains(q))
                .limit(25)
                .map(DiscordInteractions::choice)
                .toList();
    }

    private static DiscordOutcome.Choice choice(TicketSummary t) {
        return new DiscordOutcome.Choice(Text.clip(t.number() + " " + t.title() + " — " + t.status().label(), 100), t.number().value());
    }
}
