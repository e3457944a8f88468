package dev.ticketops.chat;

import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import java.util.Objects;

/**
 * A slash command as the platforms deliver it: who, where, which command and its text. {@code requestKey} identifies
 * the delivery (Slack: signature + timestamp, Discord: interaction id) so a repeat is answered without acting twice.
 */
public record ChatRequest(Caller caller, ChannelRef channel, String command, String text, String requestKey) {
    public ChatRequest {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(command, "command");
        text = text == null ? "" : text;
    }
}
