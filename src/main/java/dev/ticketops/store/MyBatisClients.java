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
    public java.util.List<Client> named(String name) {
        return m().named(name.strip()).stream().map(MyBatisClients::toClient).toList();
    }

    @Override
    public Optional<Client> lock(long id) {
        return Optional.ofNullable(m().lock(id)).map(MyBatisClients::toClient);
    }

    @Override
    public dev.ticketops.app.port.StoredTerms terms(long clientId) {
        ClientMapper.TermsRow r = m().terms(clientId);
        if (r == null) {
            return dev.ticketops.app.port.StoredTerms.DEFAULTS;
        }
        ChannelRef channel = r.billingChannel() == null ? null
                : new ChannelRef(dev.ticketops.domain.Platform.valueOf(r.billingPlatform()), r.billingWorkspace(), r.billingChannel());
        return new dev.ticketops.app.port.StoredTerms(r.hourlyRate(), r.currency(), r.paymentTermDays(), r.billingContact(), channel);
    }

    @Override
    public void updateTerms(long clientId, dev.ticketops.app.port.StoredTerms t) {
        ChannelRef c = t.billingChannel();
        m().updateTerms(clientId, new ClientMapper.TermsRow(t.hourlyRate(), t.currency(), t.paymentTermDays(), t.billingContact(),
                c == null ? null : c.platform().name(), c == null ? null : c.workspaceId(), c == null ? null : c.channelId()));
    }

    @Override
    public void setBillingChannelIfEmpty(long clientId, ChannelRef c) {
        m().setBillingChannelIfEmpty(clientId, c.platform().name(), c.workspaceId(), c.channelId());
    }

    @Override
    public Optional<Long> clientOf(ChannelRef c) {
        return Optional.ofNullable(m().linkedClient(c.platform().name(), c.workspaceId(), c.channelId()));
    }

    @Override
    public java.util.List<ChannelRef> channelsOf(long clientId) {
        return m().channelsOf(clientId).stream().map(r -> new ChannelRef(dev.ticketops.domain.Platform.valueOf(r.platform()),
                r.workspaceId(), r.channelId())).toList();
    }

    @Override
    public void link(ChannelRef c, long clientId, long linkedBy, Instant now) {
        m().link(c.platform().name(), c.workspaceId(), c.channelId(), clientId, linkedBy, Utc.of(now));
    }

    private static Client toClient(ClientMapper.Row r) {
        return new Client(r.id(), r.name(), ClientKind.valueOf(r.kind()));
    }
}
