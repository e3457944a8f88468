package dev.ticketops.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Instants are stored as UTC wall-clock DATETIME(6) values, independent of the server's or JVM's zone. */
final class Utc {
    private Utc() {
    }

    static LocalDateTime of(Instant i) {
        return i == null ? null : LocalDateTime.ofInstant(i, ZoneOffset.UTC).withNano(i.getNano() / 1000 * 1000);
    }

    static Instant instant(LocalDateTime t) {
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
