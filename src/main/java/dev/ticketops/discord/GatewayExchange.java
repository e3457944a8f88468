package dev.ticketops.discord;

import dev.ticketops.chat.Reply;

/**
 * What the gateway needs from one interaction event, whoever delivered it: JDA's event in production, a recorder in
 * tests. Each call is one answer Discord shows the person.
 */
interface GatewayExchange {
    /** Answers at once with a new message, seen by everyone or only by the person. */
    void reply(Reply reply, boolean ephemeral);

    /** Replaces the message that carried the clicked button; its buttons are gone. */
    void update(Reply reply);

    /** Shows "thinking…" privately while the answer is still being worked out. */
    void defer();

    /** Completes a deferred answer: a public one is posted and the placeholder removed, a private one replaces it. */
    void completeDeferred(Reply reply);
}
