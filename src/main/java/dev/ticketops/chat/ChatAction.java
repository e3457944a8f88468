package dev.ticketops.chat;

import dev.ticketops.app.port.Replaces;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import java.util.Objects;

/**
 * A button click: the action id and value the button carried, and the message that carried it ({@code card}, null
 * when the platform did not say), which a decision's new card replaces.
 */
public record ChatAction(Caller caller, ChannelRef channel, String actionId, String value, String requestKey, Replaces card) {
    public ChatAction {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(actionId, "actionId");
        value = value == null ? "" : value;
    }

    public ChatAction(Caller caller, ChannelRef channel, String actionId, String value, String requestKey) {
        this(caller, channel, actionId, value, requestKey, null);
    }
}
