package dev.ticketops.discord;

import dev.ticketops.app.port.Destination;
import dev.ticketops.chat.DeliveryException;
import dev.ticketops.chat.MessageSender;
import dev.ticketops.chat.Reply;

/** Delivers outbox messages through Discord's REST API (HTTP-interactions mode); a person gets a DM. */
public final class DiscordSender implements MessageSender {
    private final DiscordRest rest;

    public DiscordSender(DiscordRest rest) {
        this.rest = rest;
    }

    @Override
    public String send(Destination destination, Reply reply) throws DeliveryException {
        String channel = destination.direct() ? rest.openDm(destination.id()) : destination.id();
        return rest.createMessage(channel, DiscordJson.message(reply, false));
    }
}
