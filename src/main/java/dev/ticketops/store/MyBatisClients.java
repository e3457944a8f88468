package dev.ticketops.store;

import dev.ticketops.app.port.ChannelLinks;
import dev.ticketops.app.port.Clients;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Client;
import dev.ticketops.domain.ClientKind;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

final class MyBatisClients implements Clients, ChannelLinks {
    private final MyBatisTransactions tx;

    MyBatisClients(MyBatisTransactions tx) {
        this.tx = tx;
    }

    private ClientMapper m() {
        return tx.mapper(ClientMapper.class);
    }

    static String orgKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Override
    public long create(String name, ClientKind kind, Instant now) {
        GeneratedKey key = new GeneratedKey();
        m().insert(name, kind == ClientKind.ORGANISATION ? orgKey(name) : null, kind.name(), Utc.of(now), key);
        return key.value();
    }

    @Override
    public Optional<Client> byId(long id) {
        return Optional.ofNullable(m().byId(id)).map(MyBatisClients::toClient);
    }

    @Override
    public Optional<Client> organisationNamed(String name) {
        return Optional.ofNullable(m().byOrgKey(orgKey(name))).map(MyBatisClients::toClient);
    }

    @Override
    public Optional<Long> clientOf(ChannelRef c) {
        return Optional.ofNullable(m().linkedClient(c.platform().name(), c.workspaceId(), c.channelId()));
    }

    @Override
    public void link(ChannelRef c, long clientId, long linkedBy, Instant now) {
        m().link(c.platform().name(), c.workspaceId(), c.channelId(), clientId, linkedBy, Utc.of(now));
    }

    private static Client toClient(ClientMapper.Row r) {
        return new Client(r.id(), r.name(), ClientKind.valueOf(r.kind()));
    }
}
