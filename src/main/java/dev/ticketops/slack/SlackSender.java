package dev.ticketops.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Replaces;
import dev.ticketops.app.port.ThreadRef;
import dev.ticketops.app.port.DeliveryException;
import dev.ticketops.chat.MessageSender;
import dev.ticketops.chat.Reply;
import dev.ticketops.chat.Syntax;

/**
 * Delivers outbox messages to Slack with chat.postMessage; a person's id posts to the bot's DM with them. A message
 * that replaces a card goes by chat.update (the channel and the card's ts, from the click): it needs only the bot
 * token, so it works after an outage of any length. When there is no ts, or Slack will not update that message (an
 * ephemeral one, say), it goes to the click's response_url, which Slack honours for 30 minutes and five uses.
 */
public final class SlackSender implements MessageSender {
    private final SlackWebApi api;

    public SlackSender(SlackWebApi api) {
        this.api = api;
    }

    @Override
    public String send(Destination destination, Reply reply) throws DeliveryException {
        if (destination.replaces() != null) {
            return replace(destination.id(), destination.replaces(), reply);
        }
        return api.postMessage(destination.id(), SlackBlocks.fallback(reply), SlackBlocks.blocks(reply).toString());
    }

    /** On Slack the card's ts is the thread: replies name it as their {@code thread_ts}. */
    @Override
    public ThreadRef startThread(Destination d, Reply reply, String name) throws DeliveryException {
        String ts = api.postMessage(d.id(), SlackBlocks.fallback(reply), SlackBlocks.blocks(reply).toString());
        return new ThreadRef(d.platform(), d.workspaceId(), d.id(), ts, ts);
    }

    @Override
    public String sendInThread(ThreadRef thread, boolean broadcast, Reply reply) throws DeliveryException {
        return api.postInThread(thread.channelId(), thread.threadId(), broadcast, SlackBlocks.fallback(reply),
                SlackBlocks.blocks(reply).toString());
    }

    @Override
    public Syntax syntax() {
        return SlackSyntax.INSTANCE;
    }

    private String replace(String channel, Replaces card, Reply reply) throws DeliveryException {
        if (card.messageId() != null) {
            try {
                return api.updateMessage(channel, card.messageId(), SlackBlocks.fallback(reply), SlackBlocks.blocks(reply).toString());
            } catch (DeliveryException e) {
                if (e.retryable() || card.handle() == null) {
                    throw e;
                }
            }
        }
        api.respond(card.handle(), responseMessage(reply).toString());
        return card.messageId();
    }

    /** A response_url body: {@code replace_original} for a reply that replaces the clicked message, else beside it. */
    static ObjectNode responseMessage(Reply reply) {
        ObjectNode json = SlackBlocks.message(reply);
        if (reply.replaceOriginal()) {
            json.remove("response_type");
            json.put("replace_original", true);
        } else {
            json.put("replace_original", false);
        }
        return json;
    }
}
