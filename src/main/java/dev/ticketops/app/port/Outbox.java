package dev.ticketops.app.port;

import java.time.Instant;

/** Messages to send, written in the transaction of the change that causes them and delivered after commit. */
public interface Outbox {
    void enqueue(Destination destination, Notice notice, Instant now);
}
