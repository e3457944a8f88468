package dev.ticketops.app.port;

import dev.ticketops.domain.ChannelRef;
import java.time.Instant;
import java.util.Optional;

/**
 * The portal's sign-in links and sessions, stored by the SHA-256 of their secret (never the secret), shared by every
 * instance. A link names the person and the chat channel it was asked for in; a session carries its form token.
 */
public interface PortalAccess {
    record Link(long personId, ChannelRef channel, Instant expiresAt, Optional<Instant> usedAt) {
    }

    record Session(long personId, ChannelRef channel, String csrfToken, Instant lastSeenAt, Optional<Instant> revokedAt) {
    }

    void insertLink(String tokenHash, long personId, ChannelRef channel, Instant expiresAt, Instant now);

    /** The link, locked until the transaction ends, so two clicks cannot both use it. */
    Optional<Link> lockLink(String tokenHash);

    void markLinkUsed(String tokenHash, Instant now);

    void insertSession(String sessionHash, long personId, ChannelRef channel, String csrfToken, Instant now);

    Optional<Session> session(String sessionHash);

    void touchSession(String sessionHash, Instant now);

    /** Revokes one session; how many were revoked (0 or 1). */
    int revokeSession(String sessionHash, Instant now);

    /** Revokes every live session of the person and spends their unused links; how many sessions were revoked. */
    int revokeAll(long personId, Instant now);
}
