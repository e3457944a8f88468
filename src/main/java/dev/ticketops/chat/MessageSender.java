package dev.ticketops.chat;

import dev.ticketops.app.port.DeliveryException;
import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.ThreadRef;

/** Sends a rendered message to a channel or a person on one platform. */
public interface MessageSender {
    /**
     * Sends the reply publicly to the destination and returns the platform's id of the message.
     *
     * @throws DeliveryException when it could not be delivered; {@link DeliveryException#retryable()} says whether
     *                           trying again later may work
     */
    String send(Destination destination, Reply reply) throws DeliveryException;

    /**
     * Posts the card that starts a ticket's thread in the destination's channel and returns where the thread is
     * ({@code name}: the thread's title, where the platform shows one).
     */
    default ThreadRef startThread(Destination destination, Reply reply, String name) throws DeliveryException {
        // a sender without threads: the card is posted, and the ticket's messages go to the channel
        Destination plain = new Destination(destination.platform(), destination.workspaceId(), destination.id(),
                destination.direct());
        return new ThreadRef(destination.platform(), destination.workspaceId(), destination.id(), send(plain, reply), null);
    }

    /** Posts into {@code thread}; {@code broadcast}: shown in the channel as well, where the platform can. */
    default String sendInThread(ThreadRef thread, boolean broadcast, Reply reply) throws DeliveryException {
        return send(new Destination(thread.platform(), thread.workspaceId(), thread.channelId(), false), reply);
    }

    /**
     * Deletes a person's message (a credential posted in a thread), where the platform lets the bot: by default it
     * cannot, and nothing happens. A message already gone counts as deleted.
     */
    default void deleteMessage(String channelId, String messageId) throws DeliveryException {
    }

    /** How this platform writes commands: notices are rendered with it before they are sent. */
    Syntax syntax();
}
