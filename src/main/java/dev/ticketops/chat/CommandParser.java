package dev.ticketops.chat;

import dev.ticketops.domain.Action;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.app.CloseTicket;
import dev.ticketops.app.EndPortalSessions;
import dev.ticketops.app.MintPortalLink;
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
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.EstimateRange;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.WorkDuration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the text of {@code /ticket}, {@code /estimate}, {@code /log} and {@code /invoice} into a {@link Command}: the
 * use case's own typed record for {@code caller} in {@code channel}, each value (ticket, duration, range, amount,
 * invoice number) read once, here. {@code #N} may also be written {@code N}. Anything unreadable becomes
 * {@link Command.Invalid} with the reason and the command whose usage to show.
 */
public final class CommandParser {
    private static final Pattern URGENT = Pattern.compile("(?i)(^|\\s)--urgent(?=\\s|$)");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private CommandParser() {
    }

    public static Command parse(Caller caller, ChannelRef channel, String command, String text) {
        String cmd = command == null ? "" : command.strip().toLowerCase(Locale.ROOT);
        String t = text == null ? "" : text.strip();
        return switch (cmd) {
            case "/ticket", "ticket" -> ticket(caller, channel, t);
            case "/estimate", "estimate" -> estimate(caller, t);
            case "/log", "log" -> log(caller, t);
            case "/invoice", "invoice" -> invoice(caller, channel, t);
            default -> new Command.Invalid("I do not know the command " + command + ".", Action.HELP);
        };
    }

    static Command ticket(Caller caller, ChannelRef channel, String text) {
        if (text.isEmpty()) {
            return new Command.Help("ticket");
        }
        String[] head = SPACE.split(text, 2);
        String word = head[0].toLowerCase(Locale.ROOT);
        String rest = head.length > 1 ? head[1].strip() : "";
        switch (word) {
            case "help":
                return new Command.Help("ticket");
            case "digest":
                if (rest.isEmpty()) {
                    return run(new PreviewDigest.Query(caller));
                }
                return open(caller, channel, text);
            case "portal":
                // "/ticket portal is down" is still a ticket about a portal
                return switch (rest.toLowerCase(Locale.ROOT)) {
                    case "" -> run(new MintPortalLink.Command(caller, channel));
                    case "logout-all" -> run(new EndPortalSessions.Command(caller));
                    default -> open(caller, channel, text);
                };
            case "new":
            case "open":
                return rest.isEmpty() ? new Command.Invalid("A ticket needs a title.", Action.OPEN_TICKET) : open(caller, channel, rest);
            case "list":
                return switch (rest.toLowerCase(Locale.ROOT)) {
                    case "", "open" -> run(new ListTickets.Query(caller, true));
                    case "mine" -> run(new dev.ticketops.app.ListMyTickets.Query(caller));
                    case "all" -> run(new ListTickets.Query(caller, false));
                    default -> new Command.Invalid(Text.quote(rest) + " is not a list scope: use open or all.", Action.LIST_TICKETS);
                };
            case "show":
            case "close":
            case "reopen":
            case "billable":
            case "reply":
                return withTicket(caller, word, rest, text);
            case "assign":
                return assign(caller, rest);
            case "link":
                return rest.isEmpty()
                        ? new Command.Invalid("Which client should this channel belong to?", Action.LINK_CHANNEL)
                        : run(new LinkChannel.Command(caller, channel, rest));
            default:
                return open(caller, channel, text);
        }
    }

    /** Slack writes a mention as {@code <@U123|name>} (or {@code <@U123>}). */
    private static final Pattern MENTION = Pattern.compile("<@([A-Z0-9_]+)(?:\\|([^>]*))?>");

    /** {@code assign #N @person} or {@code assign #N me}. */
    private static Command assign(Caller caller, String rest) {
        String[] parts = rest.isEmpty() ? new String[0] : SPACE.split(rest, 2);
        Optional<TicketNumber> n = parts.length == 0 ? Optional.empty() : TicketNumber.parse(parts[0]);
        if (n.isEmpty()) {
            return new Command.Invalid(parts.length == 0 ? "Which ticket? Give its number." : Text.quote(parts[0])
                    + " is not a ticket number.", Action.ASSIGN_TICKET);
        }
        String who = parts.length > 1 ? parts[1].strip() : "";
        if (who.isEmpty() || who.equalsIgnoreCase("me")) {
            return run(new dev.ticketops.app.AssignTicket.Command(caller, n.get(), null));
        }
        var m = MENTION.matcher(who);
        if (!m.matches()) {
            return new Command.Invalid(Text.quote(who) + " is not a person: mention them with @ so the platform names them, or"
                    + " say me.", Action.ASSIGN_TICKET);
        }
        String name = m.group(2) == null || m.group(2).isBlank() ? m.group(1) : m.group(2);
        return run(new dev.ticketops.app.AssignTicket.Command(caller, n.get(), new Caller(caller.platform(),
                caller.workspaceId(), m.group(1), name, dev.ticketops.domain.Role.CLIENT)));
    }

    private static Command withTicket(Caller caller, String word, String rest, String whole) {
        String[] parts = rest.isEmpty() ? new String[0] : SPACE.split(rest, 2);
        Optional<TicketNumber> n = parts.length == 0 ? Optional.empty() : TicketNumber.parse(parts[0]);
        String after = parts.length > 1 ? parts[1].strip() : "";
        Action usage = switch (word) {
            case "show" -> Action.SHOW_TICKET;
            case "close" -> Action.CLOSE_TICKET;
            case "reopen" -> Action.REOPEN_TICKET;
            case "reply" -> Action.REPLY_TICKET;
            default -> Action.SET_BILLABLE;
        };
        if (n.isEmpty()) {
            String why = parts.length == 0 ? "Which ticket? Give its number." : Text.quote(parts[0]) + " is not a ticket number.";
            return new Command.Invalid(why, usage,
                    Hint.run("To open a ticket with this title instead: ", Suggestion.of(Action.OPEN_TICKET, whole), ""));
        }
        return switch (word) {
            case "show" -> run(new ShowTicket.Query(caller, n.get()));
            case "reopen" -> run(new ReopenTicket.Command(caller, n.get()));
            case "reply" -> after.isEmpty()
                    ? new Command.Invalid("A reply needs the message to send.", usage)
                    : run(new dev.ticketops.app.ReplyToTicket.Command(caller, n.get(), after));
            case "close" -> after.isEmpty()
                    ? new Command.Invalid("Closing needs a summary of the work completed — it is the billing record.", usage)
                    : run(new CloseTicket.Command(caller, n.get(), after));
            default -> switch (after.toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true", "on", "billable" -> run(new SetBillable.Command(caller, n.get(), true));
                case "no", "n", "false", "off", "non-billable" -> run(new SetBillable.Command(caller, n.get(), false));
                default -> new Command.Invalid("Say yes or no.", usage);
            };
        };
    }

    private static Command open(Caller caller, ChannelRef channel, String text) {
        var m = URGENT.matcher(text);
        boolean urgent = m.find();
        String clean = urgent ? URGENT.matcher(text).replaceAll(" ").strip() : text;
        int bar = clean.indexOf('|');
        String title = (bar < 0 ? clean : clean.substring(0, bar)).strip();
        String description = bar < 0 ? null : clean.substring(bar + 1).strip();
        if (title.isEmpty()) {
            return new Command.Invalid("A ticket needs a title before the |.", Action.OPEN_TICKET);
        }
        return run(new OpenTicket.Command(caller, channel, title, description == null || description.isEmpty() ? null : description,
                urgent));
    }

    static Command estimate(Caller caller, String text) {
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return new Command.Invalid("Which ticket, and how long?", Action.ESTIMATE);
        }
        Optional<TicketNumber> n = TicketNumber.parse(tokens.get(0));
        if (n.isEmpty()) {
            return new Command.Invalid("Start with the ticket number: " + Text.quote(tokens.get(0)) + " is not one.", Action.ESTIMATE);
        }
        List<String> rest = tokens.subList(1, tokens.size());
        if (rest.isEmpty()) {
            return new Command.Invalid("How long will " + n.get() + " take? Give a range.", Action.ESTIMATE);
        }
        Result<EstimateRange> range = null;
        for (int k = Math.min(5, rest.size()); k >= 1; k--) {
            range = EstimateRange.parse(String.join(" ", rest.subList(0, k)));
            if (range.isOk()) {
                return CommandFields.estimate(caller, n.get(), range, join(rest.subList(k, rest.size())));
            }
        }
        // The first word (the last one tried) says what is wrong.
        return CommandFields.estimate(caller, n.get(), range, join(rest.subList(1, rest.size())));
    }

    static Command log(Caller caller, String text) {
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return new Command.Invalid("How long, and on which ticket?", Action.LOG_TIME);
        }
        if (tokens.size() == 1 && tokens.get(0).equalsIgnoreCase("undo")) {
            return run(new UndoTime.Command(caller));
        }
        Command timer = TimerCommands.read(caller, text);
        if (timer != null) {
            return timer;
        }
        if (!tokens.get(0).startsWith("#")) {
            // "/log 1.5h #12 note": the longest duration that is followed by a ticket number.
            for (int k = Math.min(4, tokens.size() - 1); k >= 1; k--) {
                String candidate = String.join(" ", tokens.subList(0, k));
                Optional<TicketNumber> n = TicketNumber.parse(tokens.get(k));
                if (n.isEmpty()) {
                    continue;
                }
                Result<WorkDuration> duration = WorkDuration.parse(candidate);
                if (duration.isOk()) {
                    return CommandFields.logTime(caller, n.get(), duration, join(tokens.subList(k + 1, tokens.size())));
                }
            }
        }
        Optional<TicketNumber> first = TicketNumber.parse(tokens.get(0));
        if (first.isPresent()) {
            // "/log #12 1.5h note"
            List<String> rest = tokens.subList(1, tokens.size());
            if (rest.isEmpty()) {
                return new Command.Invalid("How long did you work on " + first.get() + "?", Action.LOG_TIME);
            }
            Result<WorkDuration> duration = null;
            for (int k = Math.min(4, rest.size()); k >= 1; k--) {
                duration = WorkDuration.parse(String.join(" ", rest.subList(0, k)));
                if (duration.isOk()) {
                    return CommandFields.logTime(caller, first.get(), duration, join(rest.subList(k, rest.size())));
                }
            }
            // the first word (the last one tried) says what is wrong
            return CommandFields.logTime(caller, first.get(), duration, join(rest.subList(1, rest.size())));
        }
        // A ticket written with # after something that is not a duration: say what is wrong with it.
        for (int k = 1; k < tokens.size(); k++) {
            Optional<TicketNumber> n = tokens.get(k).startsWith("#") ? TicketNumber.parse(tokens.get(k)) : Optional.empty();
            if (n.isPresent()) {
                return CommandFields.logTime(caller, n.get(), WorkDuration.parse(String.join(" ", tokens.subList(0, k))),
                        join(tokens.subList(k + 1, tokens.size())));
            }
        }
        if (WorkDuration.parse(String.join(" ", tokens.subList(0, Math.min(2, tokens.size())))).isOk()
                || WorkDuration.parse(tokens.get(0)).isOk()) {
            return new Command.Invalid("On which ticket? Add its number after the time.", Action.LOG_TIME);
        }
        return new Command.Invalid(Text.quote(String.join(" ", tokens)) + " does not read as a duration and a ticket.", Action.LOG_TIME);
    }

    static Command invoice(Caller caller, ChannelRef channel, String text) {
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return run(new IssueInvoice.Command(caller, channel, null));
        }
        String word = tokens.get(0).toLowerCase(Locale.ROOT);
        List<String> rest = tokens.subList(1, tokens.size());
        switch (word) {
            case "help":
                return new Command.Help("invoice");
            case "paid": {
                if (rest.isEmpty()) {
                    return new Command.Invalid("Which invoice was paid?", Action.RECORD_PAYMENT);
                }
                String number = rest.get(0);
                if (rest.size() < 2) {
                    return new Command.Invalid("Say how it was paid: wise or paypal.", Action.RECORD_PAYMENT);
                }
                // an amount starts with a digit (or a currency sign); a payment method is a word (the agency's list)
                boolean amountGiven = rest.get(1).matches("[$€£]?[0-9.,].*");
                int m = amountGiven ? 2 : 1;
                String method = rest.size() > m ? rest.get(m) : null;
                return CommandFields.payment(caller, number, amountGiven ? rest.get(1) : null, method,
                        join(rest.subList(Math.min(m + 1, rest.size()), rest.size())));
            }
            case "list":
            case "balance":
                return run(new ListInvoices.Query(caller, channel, join(rest)));
            case "show":
                return rest.isEmpty() ? new Command.Invalid("Which invoice?", Action.SHOW_INVOICE) : CommandFields.showInvoice(caller, rest.get(0));
            case "terms": {
                String rate = null;
                String term = null;
                String contact = null;
                boolean here = false;
                List<String> name = new java.util.ArrayList<>();
                for (String tok : rest) {
                    int eq = tok.indexOf('=');
                    String key = eq > 0 ? tok.substring(0, eq).toLowerCase(Locale.ROOT) : "";
                    String value = eq > 0 ? tok.substring(eq + 1) : "";
                    switch (key) {
                        case "rate" -> rate = value;
                        case "term" -> term = value.replaceAll("(?i)d(ays?)?$", "");
                        case "contact" -> contact = value;
                        case "channel" -> {
                            if (!value.equalsIgnoreCase("here")) {
                                return new Command.Invalid("channel= only takes “here”: the channel you type in becomes the billing channel.",
                                        Action.CLIENT_TERMS);
                            }
                            here = true;
                        }
                        default -> name.add(tok);
                    }
                }
                return CommandFields.terms(caller, channel, join(name), rate, term, contact, here);
            }
            case "override": {
                Optional<TicketNumber> n = rest.isEmpty() ? Optional.empty() : TicketNumber.parse(rest.get(0));
                if (n.isEmpty()) {
                    return new Command.Invalid("Which ticket may continue?", Action.OVERRIDE_OVERDUE);
                }
                return run(new OverrideOverdue.Command(caller, n.get(), join(rest.subList(1, rest.size()))));
            }
            default:
                return run(new IssueInvoice.Command(caller, channel, String.join(" ", tokens)));
        }
    }

    private static Command run(UseCaseCommand c) {
        return new Command.Run(c);
    }

    private static List<String> tokens(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? List.of() : Arrays.asList(SPACE.split(t));
    }

    private static String join(List<String> tokens) {
        return tokens.isEmpty() ? null : String.join(" ", tokens);
    }
}
