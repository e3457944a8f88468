package dev.ticketops.discord;

import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Replaces;
import dev.ticketops.app.port.ThreadRef;
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
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DiscordSender.class);
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

    /**
     * The card is posted in the channel, then a thread is started on it. Where Discord gives no thread (a DM, a
     * missing Create Public Threads permission) the card stays posted and the ticket's messages go to the channel, as
     * before threads: the card is never posted twice.
     */
    @Override
    public ThreadRef startThread(Destination d, Reply reply, String name) throws DeliveryException {
        String channel = d.direct() ? rest.openDm(d.id()) : d.id();
        String card = rest.createMessage(channel, DiscordJson.message(reply, false));
        String thread = null;
        if (!d.direct()) {
            try {
                thread = rest.startThread(channel, card, name);
            } catch (DeliveryException e) {
                LOG.warn("Discord gave no thread on the card {} in {} ({}); the ticket's messages go to the channel", card,
                        channel, e.getMessage());
            }
        }
        return new ThreadRef(d.platform(), d.workspaceId(), channel, card, thread);
    }

    /** A Discord thread is a channel: the message is posted in it. Discord has no broadcast; the root card shows the state. */
    @Override
    public String sendInThread(ThreadRef thread, boolean broadcast, Reply reply) throws DeliveryException {
        return rest.createMessage(thread.threadId(), DiscordJson.message(reply, false));
    }

    /** Needs Manage Messages; a message already gone (or a permission missing) is logged and left. */
    @Override
    public void deleteMessage(String channelId, String messageId) throws DeliveryException {
        try {
            rest.deleteMessage(channelId, messageId);
        } catch (DeliveryException e) {
            if (e.retryable()) {
                throw e;
            }
            LOG.warn("could not delete Discord message {} in {}: {}", messageId, channelId, e.getMessage());
        }
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
