package dev.ticketops.store;

import dev.ticketops.app.port.Notice;

/** Reads the notice of an outbox row fetched with plain SQL, the way delivery reads it. */
public final class StoredNotices {
    private StoredNotices() {
    }

    public static Notice read(String kind, Long ticketNumber, String payload) {
        return MyBatisOutbox.notice(kind, ticketNumber, payload);
    }
}
