package dev.ticketops.chat;

import dev.ticketops.app.port.DeliveryException;
import dev.ticketops.app.port.Destination;

/** Sends a rendered message to a channel or a person on one platform. */
public interface MessageSender {
    /**
     * Sends the reply publicly to the destination and returns the platform's id of the message.
     *
     * @throws DeliveryException when it could not be delivered; {@link DeliveryException#retryable()} says whether
     *                           trying again later may work
     */
    String send(Destination destination, Reply reply) throws DeliveryException;

    /** How this platform writes commands: notices are rendered with it before they are sent. */
    Syntax syntax();
}
