package dev.ticketops.app;

import dev.ticketops.app.port.People;
import dev.ticketops.app.port.PortalAccess;
import dev.ticketops.app.port.Transactions;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The person behind a session cookie: a session that exists, is not revoked and was used within {@link #IDLE}. Each
 * use moves its idle expiry on (written at most once a minute).
 */
public final class ResumePortalSession {
    public static final Duration IDLE = Duration.ofHours(12);
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final Transactions transactions;
    private final PortalAccess portal;
    private final People people;
    private final AgencyCalendar calendar;

    public ResumePortalSession(Transactions transactions, PortalAccess portal, People people, AgencyCalendar calendar) {
        this.transactions = transactions;
        this.portal = portal;
        this.people = people;
        this.calendar = calendar;
    }

    public Optional<PortalUser> execute(String session) {
        if (!PortalSecrets.wellFormed(session)) {
            return Optional.empty();
        }
        return transactions.inTransaction(() -> {
            String hash = PortalSecrets.hash(session);
            Instant now = calendar.now();
            var s = portal.session(hash).filter(x -> x.revokedAt().isEmpty() && now.isBefore(x.lastSeenAt().plus(IDLE)));
            if (s.isEmpty()) {
                return Optional.empty();
            }
            if (!now.isBefore(s.get().lastSeenAt().plus(TOUCH_EVERY))) {
                portal.touchSession(hash, now);
            }
            return people.byId(s.get().personId())
                    .map(p -> new PortalUser(p, SignInPortal.callerOf(p), s.get().channel(), s.get().csrfToken()));
        });
    }
}
