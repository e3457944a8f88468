package dev.ticketops.chat;

import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import java.util.Objects;

/** A button click: the action id and value the button carried. */
public record ChatAction(Caller caller, ChannelRef channel, String actionId, String value, String requestKey) {
    public ChatAction {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(actionId, "actionId");
        value = value == null ? "" : value;
    }
}
