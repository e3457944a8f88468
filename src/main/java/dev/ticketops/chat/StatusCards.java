package dev.ticketops.chat;

import dev.ticketops.domain.Action;
import dev.ticketops.domain.Suggestion;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Help, the ticket-first rule, and what a person reads when something went wrong or TicketOps is busy. */
public final class StatusCards {
    private StatusCards() {
    }

    /** Every command in the platform's own syntax, with what it is for. */
    public static Reply help(String topic, Syntax syntax) {
        return Reply.privately().title("TicketOps — ticket-first support")
                .text(Cards.TICKET_ONLY + "\n\n" + Arrays.stream(Action.values()).map(syntax::usage)
                        .collect(Collectors.joining("\n")))
                .footer("The process: ticket → estimate → your approval → work → summary and closure → invoice.")
                .build();
    }

    public static Reply ticketOnly(Syntax syntax) {
        return Reply.privately().tone(Reply.Tone.INFO).text(Cards.TICKET_ONLY
                        + "\nOpen one in a channel with: " + syntax.usage(Action.OPEN_TICKET) + " — for example "
                        + syntax.command(Suggestion.of(Action.OPEN_TICKET, "Checkout bug fix | the pay button does nothing since Monday")))
                .build();
    }

    public static Reply error() {
        return Reply.privately().tone(Reply.Tone.ERROR)
                .text("Something went wrong on our side and nothing was changed. Please try again in a minute;"
                        + " if it keeps failing, tell the agency staff.")
                .build();
    }

    /**
     * The database could not be reached: nothing was recorded (or, when the connection broke while saving, nobody can
     * tell yet — then the person is asked to look before trying again, so nothing is done twice).
     */
    public static Reply unavailable(boolean mayHaveCommitted) {
        return Reply.privately().tone(Reply.Tone.ERROR)
                .text(mayHaveCommitted
                        ? "We lost the database while saving this, so it may or may not have been recorded. In a minute,"
                                + " look at the ticket before you try again."
                        : "We could not record this; nothing was changed — our database is not answering right now."
                                + " Please try again in a minute.")
                .build();
    }

    /** Too much work is waiting already: this request was not started. */
    public static Reply busy() {
        return Reply.privately().tone(Reply.Tone.ERROR)
                .text("TicketOps is too busy to take this right now, so nothing was changed. Please try again in a minute.")
                .build();
    }
}
