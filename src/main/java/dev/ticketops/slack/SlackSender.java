package dev.ticketops.slack;

import dev.ticketops.app.port.Destination;
import dev.ticketops.chat.DeliveryException;
import dev.ticketops.chat.MessageSender;
import dev.ticketops.chat.Reply;

/** Delivers outbox messages to Slack with chat.postMessage; a person's id posts to the bot's DM with them. */
public final class SlackSender implements MessageSender {
    private final SlackWebApi api;

    public SlackSender(SlackWebApi api) {
        this.api = api;
    }

    @Override
    public String send(Destination destination, Reply reply) throws DeliveryException {
        return api.postMessage(destination.id(), SlackBlocks.fallback(reply), SlackBlocks.blocks(reply).toString());
    }
}
