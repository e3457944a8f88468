package dev.ticketops.discord;

import dev.ticketops.chat.Reply;
import java.util.List;

/** What to answer an interaction with, before a transport renders it. */
public record DiscordOutcome(Kind kind, Reply reply, List<Choice> choices, Object ticket, String outcome) {
    public DiscordOutcome(Kind kind, Reply reply, List<Choice> choices) {
        this(kind, reply, choices, null, reply == null ? "ok" : switch (reply.tone()) {
            case REFUSAL -> "refused";
            case ERROR -> "error";
            default -> "ok";
        });
    }

    public DiscordOutcome about(Object t) {
        return new DiscordOutcome(kind, reply, choices, t, outcome);
    }

    public enum Kind {
        /** Answer with a new message (type 4). */
        MESSAGE,
        /** Replace the message that carried the clicked button (type 7). */
        UPDATE,
        /** Autocomplete choices (type 8). */
        CHOICES
    }

    public record Choice(String name, long value) {
    }

    public static DiscordOutcome message(Reply r) {
        return new DiscordOutcome(Kind.MESSAGE, r, List.of());
    }

    public static DiscordOutcome update(Reply r) {
        return new DiscordOutcome(Kind.UPDATE, r, List.of());
    }

    public static DiscordOutcome choices(List<Choice> c) {
        return new DiscordOutcome(Kind.CHOICES, null, List.copyOf(c));
    }
}
