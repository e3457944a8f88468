package dev.ticketops.discord;

import dev.ticketops.app.ListTickets;
import dev.ticketops.app.port.Replaces;
import dev.ticketops.app.port.TicketSummary;
import dev.ticketops.chat.ActionCodec;
import dev.ticketops.chat.ChatAction;
import dev.ticketops.chat.Command;
import dev.ticketops.chat.Conversation;
import dev.ticketops.chat.Reply;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Role;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.TicketNumber;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
                var answer = conversation.answer(caller, channel, command(i), key);
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

    static Command command(DiscordInteraction i) {
        String name = i.command() == null ? "" : i.command().toLowerCase(Locale.ROOT);
        String sub = i.subcommand() == null ? "" : i.subcommand().toLowerCase(Locale.ROOT);
        switch (name) {
            case "ticket" -> {
                switch (sub) {
                    case "open" -> {
                        return new Command.OpenTicket(nz(i.string("title")), i.string("description"),
                                Boolean.TRUE.equals(i.flag("urgent")));
                    }
                    case "list" -> {
                        return new Command.ListTickets(!"all".equalsIgnoreCase(i.string("scope")));
                    }
                    case "link" -> {
                        return new Command.LinkChannel(nz(i.string("client")));
                    }
                    case "digest" -> {
                        return new Command.ShowDigest();
                    }
                    case "show", "close", "reopen", "billable" -> {
                        Optional<TicketNumber> n = ticket(i);
                        if (n.isEmpty()) {
                            return new Command.Invalid("Which ticket? Give its number.", switch (sub) {
                                case "show" -> Action.SHOW_TICKET;
                                case "close" -> Action.CLOSE_TICKET;
                                case "reopen" -> Action.REOPEN_TICKET;
                                default -> Action.SET_BILLABLE;
                            });
                        }
                        return switch (sub) {
                            case "show" -> new Command.ShowTicket(n.get());
                            case "reopen" -> new Command.ReopenTicket(n.get());
                            case "close" -> Text.isBlank(i.string("summary"))
                                    ? new Command.Invalid("Closing needs a summary of the work completed — it is the billing record.",
                                    Action.CLOSE_TICKET)
                                    : new Command.CloseTicket(n.get(), i.string("summary"));
                            default -> i.flag("value") == null
                                    ? new Command.Invalid("Say whether it is billable.", Action.SET_BILLABLE)
                                    : new Command.SetBillable(n.get(), i.flag("value"));
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
                return new Command.Estimate(n.get(), nz(i.string("hours")), i.string("note"));
            }
            case "log" -> {
                String duration = nz(i.string("duration"));
                if (duration.strip().equalsIgnoreCase("undo")) {
                    return new Command.UndoLog();
                }
                Optional<TicketNumber> n = ticket(i);
                if (n.isEmpty()) {
                    return new Command.Invalid("On which ticket?", Action.LOG_TIME);
                }
                return new Command.LogTime(n.get(), duration, i.string("note"));
            }
            case "invoice" -> {
                return switch (sub) {
                    case "issue" -> new Command.IssueInvoice(i.string("client"));
                    case "paid" -> new Command.RecordPayment(nz(i.string("number")), i.string("amount"), nz(i.string("method")),
                            i.string("reference"));
                    case "list" -> new Command.ListInvoices(i.string("client"));
                    case "show" -> new Command.ShowInvoice(nz(i.string("number")));
                    case "terms" -> new Command.ClientTerms(i.string("client"), i.string("rate"),
                            i.number("term") == null ? null : i.number("term").toString(), i.string("contact"),
                            Boolean.TRUE.equals(i.flag("bill_here")));
                    case "override" -> ticket(i).<Command>map(n -> new Command.OverrideOverdue(n, i.string("reason")))
                            .orElse(new Command.Invalid("Which ticket may continue?", Action.OVERRIDE_OVERDUE));
                    default -> new Command.Help("invoice");
                };
            }
            default -> {
                return new Command.Invalid("I do not know the command /" + name + ".", Action.HELP);
            }
        }
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
