package dev.ticketops.store;

import dev.ticketops.app.port.PortalAccess;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Platform;
import java.time.Instant;
import java.util.Optional;

final class MyBatisPortal implements PortalAccess {
    private final MyBatisTransactions tx;

    MyBatisPortal(MyBatisTransactions tx) {
        this.tx = tx;
    }

    private PortalMapper m() {
        return tx.mapper(PortalMapper.class);
    }

    @Override
    public void insertLink(String tokenHash, long personId, ChannelRef c, Instant expiresAt, Instant now) {
        m().insertLink(tokenHash, personId, c.platform().name(), c.workspaceId(), c.channelId(), Utc.of(expiresAt), Utc.of(now));
    }

    @Override
    public Optional<Link> lockLink(String tokenHash) {
        return Optional.ofNullable(m().lockLink(tokenHash)).map(r -> new Link(r.personId(),
                new ChannelRef(Platform.valueOf(r.platform()), r.workspaceId(), r.channelId()), Utc.instant(r.expiresAt()),
                Optional.ofNullable(r.usedAt()).map(Utc::instant)));
    }

    @Override
    public void markLinkUsed(String tokenHash, Instant now) {
        m().markLinkUsed(tokenHash, Utc.of(now));
    }

    @Override
    public void insertSession(String sessionHash, long personId, ChannelRef c, String csrfToken, Instant now) {
        m().insertSession(sessionHash, personId, c.platform().name(), c.workspaceId(), c.channelId(), csrfToken, Utc.of(now));
    }

    @Override
    public Optional<Session> session(String sessionHash) {
        return Optional.ofNullable(m().session(sessionHash)).map(r -> new Session(r.personId(),
                new ChannelRef(Platform.valueOf(r.platform()), r.workspaceId(), r.channelId()), r.csrfToken(),
                Utc.instant(r.lastSeenAt()), Optional.ofNullable(r.revokedAt()).map(Utc::instant)));
    }

    @Override
    public void touchSession(String sessionHash, Instant now) {
        m().touchSession(sessionHash, Utc.of(now));
    }

    @Override
    public int revokeSession(String sessionHash, Instant now) {
        return m().revokeSession(sessionHash, Utc.of(now));
    }

    @Override
    public int revokeAll(long personId, Instant now) {
        m().spendLinksOf(personId, Utc.of(now));
        return m().revokeSessionsOf(personId, Utc.of(now));
    }
}
