package dev.ticketops.chat;

import dev.ticketops.domain.Action;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Suggestion;
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
 * Reads the text of {@code /ticket}, {@code /estimate} and {@code /log} into a {@link Command}. {@code #N} may also be
 * written {@code N}. Anything unreadable becomes {@link Command.Invalid} with the reason and the command whose usage
 * to show.
 */
public final class CommandParser {
    private static final Pattern URGENT = Pattern.compile("(?i)(^|\\s)--urgent(?=\\s|$)");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private CommandParser() {
    }

    public static Command parse(String command, String text) {
        String cmd = command == null ? "" : command.strip().toLowerCase(Locale.ROOT);
        String t = text == null ? "" : text.strip();
        return switch (cmd) {
            case "/ticket", "ticket" -> ticket(t);
            case "/estimate", "estimate" -> estimate(t);
            case "/log", "log" -> log(t);
            case "/invoice", "invoice" -> invoice(t);
            default -> new Command.Invalid("I do not know the command " + command + ".", Action.HELP);
        };
    }

    static Command ticket(String text) {
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
                    return new Command.ShowDigest();
                }
                return open(text);
            case "new":
            case "open":
                return rest.isEmpty() ? new Command.Invalid("A ticket needs a title.", Action.OPEN_TICKET) : open(rest);
            case "list":
                return switch (rest.toLowerCase(Locale.ROOT)) {
                    case "", "open" -> new Command.ListTickets(true);
                    case "all" -> new Command.ListTickets(false);
                    default -> new Command.Invalid(Text.quote(rest) + " is not a list scope: use open or all.", Action.LIST_TICKETS);
                };
            case "show":
            case "close":
            case "reopen":
            case "billable":
                return withTicket(word, rest, text);
            case "link":
                return rest.isEmpty()
                        ? new Command.Invalid("Which client should this channel belong to?", Action.LINK_CHANNEL)
                        : new Command.LinkChannel(rest);
            default:
                return open(text);
        }
    }

    private static Command withTicket(String word, String rest, String whole) {
        String[] parts = rest.isEmpty() ? new String[0] : SPACE.split(rest, 2);
        Optional<TicketNumber> n = parts.length == 0 ? Optional.empty() : TicketNumber.parse(parts[0]);
        String after = parts.length > 1 ? parts[1].strip() : "";
        Action usage = switch (word) {
            case "show" -> Action.SHOW_TICKET;
            case "close" -> Action.CLOSE_TICKET;
            case "reopen" -> Action.REOPEN_TICKET;
            default -> Action.SET_BILLABLE;
        };
        if (n.isEmpty()) {
            String why = parts.length == 0 ? "Which ticket? Give its number." : Text.quote(parts[0]) + " is not a ticket number.";
            return new Command.Invalid(why, usage,
                    Hint.run("To open a ticket with this title instead: ", Suggestion.of(Action.OPEN_TICKET, whole), ""));
        }
        return switch (word) {
            case "show" -> new Command.ShowTicket(n.get());
            case "reopen" -> new Command.ReopenTicket(n.get());
            case "close" -> after.isEmpty()
                    ? new Command.Invalid("Closing needs a summary of the work completed — it is the billing record.", usage)
                    : new Command.CloseTicket(n.get(), after);
            default -> switch (after.toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true", "on", "billable" -> new Command.SetBillable(n.get(), true);
                case "no", "n", "false", "off", "non-billable" -> new Command.SetBillable(n.get(), false);
                default -> new Command.Invalid("Say yes or no.", usage);
            };
        };
    }

    private static Command open(String text) {
        var m = URGENT.matcher(text);
        boolean urgent = m.find();
        String clean = urgent ? URGENT.matcher(text).replaceAll(" ").strip() : text;
        int bar = clean.indexOf('|');
        String title = (bar < 0 ? clean : clean.substring(0, bar)).strip();
        String description = bar < 0 ? null : clean.substring(bar + 1).strip();
        if (title.isEmpty()) {
            return new Command.Invalid("A ticket needs a title before the |.", Action.OPEN_TICKET);
        }
        return new Command.OpenTicket(title, description == null || description.isEmpty() ? null : description, urgent);
    }

    static Command estimate(String text) {
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
        for (int k = Math.min(5, rest.size()); k >= 1; k--) {
            String candidate = String.join(" ", rest.subList(0, k));
            if (EstimateRange.parse(candidate).isOk()) {
                return new Command.Estimate(n.get(), candidate, join(rest.subList(k, rest.size())));
            }
        }
        // Let the use case explain what is wrong with the first word.
        return new Command.Estimate(n.get(), rest.get(0), join(rest.subList(1, rest.size())));
    }

    static Command log(String text) {
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return new Command.Invalid("How long, and on which ticket?", Action.LOG_TIME);
        }
        if (tokens.size() == 1 && tokens.get(0).equalsIgnoreCase("undo")) {
            return new Command.UndoLog();
        }
        if (!tokens.get(0).startsWith("#")) {
            // "/log 1.5h #12 note": the longest duration that is followed by a ticket number.
            for (int k = Math.min(4, tokens.size() - 1); k >= 1; k--) {
                String candidate = String.join(" ", tokens.subList(0, k));
                Optional<TicketNumber> n = TicketNumber.parse(tokens.get(k));
                if (n.isPresent() && WorkDuration.parse(candidate).isOk()) {
                    return new Command.LogTime(n.get(), candidate, join(tokens.subList(k + 1, tokens.size())));
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
            for (int k = Math.min(4, rest.size()); k >= 1; k--) {
                String candidate = String.join(" ", rest.subList(0, k));
                if (WorkDuration.parse(candidate).isOk()) {
                    return new Command.LogTime(first.get(), candidate, join(rest.subList(k, rest.size())));
                }
            }
            return new Command.LogTime(first.get(), rest.get(0), join(rest.subList(1, rest.size())));
        }
        // A ticket written with # after something that is not a duration: let the use case say what is wrong with it.
        for (int k = 1; k < tokens.size(); k++) {
            if (tokens.get(k).startsWith("#") && TicketNumber.parse(tokens.get(k)).isPresent()) {
                return new Command.LogTime(TicketNumber.parse(tokens.get(k)).get(), String.join(" ", tokens.subList(0, k)),
                        join(tokens.subList(k + 1, tokens.size())));
            }
        }
        if (WorkDuration.parse(String.join(" ", tokens.subList(0, Math.min(2, tokens.size())))).isOk()
                || WorkDuration.parse(tokens.get(0)).isOk()) {
            return new Command.Invalid("On which ticket? Add its number after the time.", Action.LOG_TIME);
        }
        return new Command.Invalid(Text.quote(String.join(" ", tokens)) + " does not read as a duration and a ticket.", Action.LOG_TIME);
    }

    static Command invoice(String text) {
        List<String> tokens = tokens(text);
        if (tokens.isEmpty()) {
            return new Command.IssueInvoice(null);
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
                boolean amountGiven = dev.ticketops.domain.PaymentMethod.parse(rest.get(1)).isEmpty();
                int m = amountGiven ? 2 : 1;
                String method = rest.size() > m ? rest.get(m) : null;
                return new Command.RecordPayment(number, amountGiven ? rest.get(1) : null, method, join(rest.subList(Math.min(m + 1, rest.size()), rest.size())));
            }
            case "list":
            case "balance":
                return new Command.ListInvoices(join(rest));
            case "show":
                return rest.isEmpty() ? new Command.Invalid("Which invoice?", Action.SHOW_INVOICE) : new Command.ShowInvoice(rest.get(0));
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
                return new Command.ClientTerms(join(name), rate, term, contact, here);
            }
            case "override": {
                Optional<TicketNumber> n = rest.isEmpty() ? Optional.empty() : TicketNumber.parse(rest.get(0));
                if (n.isEmpty()) {
                    return new Command.Invalid("Which ticket may continue?", Action.OVERRIDE_OVERDUE);
                }
                return new Command.OverrideOverdue(n.get(), join(rest.subList(1, rest.size())));
            }
            default:
                return new Command.IssueInvoice(String.join(" ", tokens));
        }
    }

    private static List<String> tokens(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? List.of() : Arrays.asList(SPACE.split(t));
    }

    private static String join(List<String> tokens) {
        return tokens.isEmpty() ? null : String.join(" ", tokens);
    }
}
