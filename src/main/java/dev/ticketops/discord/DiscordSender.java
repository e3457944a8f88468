package dev.ticketops.discord;

import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Replaces;
import dev.ticketops.app.port.DeliveryException;
import dev.ticketops.chat.MessageSender;
import dev.ticketops.chat.Reply;
import dev.ticketops.chat.Syntax;

/**
 * Delivers outbox messages through Discord's REST API (HTTP-interactions mode); a person gets a DM. A message that
 * replaces a card edits it in its channel with the bot token (no time limit, and no race with the interaction's own
 * response); when the bot may not edit it (an ephemeral message), it edits it through the interaction's webhook,
 * which Discord honours for 15 minutes.
 */
public final class DiscordSender implements MessageSender {
    private final DiscordRest rest;

    public DiscordSender(DiscordRest rest) {
        this.rest = rest;
    }

    @Override
    public String send(Destination destination, Reply reply) throws DeliveryException {
        if (destination.replaces() != null) {
            return replace(destination.id(), destination.replaces(), reply);
        }
        String channel = destination.direct() ? rest.openDm(destination.id()) : destination.id();
        return rest.createMessage(channel, DiscordJson.message(reply, false));
    }

    @Override
    public Syntax syntax() {
        return DiscordSyntax.INSTANCE;
    }

    private String replace(String channel, Replaces card, Reply reply) throws DeliveryException {
        if (card.messageId() != null) {
            try {
                return rest.editMessage(channel, card.messageId(), DiscordJson.message(reply, false));
            } catch (DeliveryException e) {
                if (e.retryable() || card.handle() == null) {
                    throw e;
                }
            }
        }
        rest.editOriginal(card.handle(), DiscordJson.message(reply, false));
        return card.messageId();
    }
}
