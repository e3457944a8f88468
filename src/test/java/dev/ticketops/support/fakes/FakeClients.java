package dev.ticketops.support.fakes;

import dev.ticketops.app.port.ChannelLinks;
import dev.ticketops.app.port.Clients;
import dev.ticketops.app.port.StoredTerms;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Client;
import dev.ticketops.domain.ClientKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Clients and the channels linked to them, in memory, as MyBatisClients keeps them. Names compare ignoring case
 * (the database's collation also ignores accents; tests do not rely on that).
 */
public final class FakeClients implements Clients, ChannelLinks {
    private final InMemoryTransactions tx;

    public FakeClients(InMemoryTransactions tx) {
        this.tx = tx;
    }

    /** An organisation's unique key: its name stripped, inner spaces squeezed, lower case (as the store's orgKey). */
    static String orgKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Override
    public long create(String name, ClientKind kind, Instant now) {
        Tables t = tx.tables();
        String key = kind == ClientKind.ORGANISATION ? orgKey(name) : null;
        if (key != null && t.clients.values().stream().anyMatch(c -> key.equals(c.orgKey()))) {
            throw new Tables.DuplicateKey("clients", key);
        }
        long id = t.nextId("clients");
        t.clients.put(id, new Tables.ClientRow(id, name, key, kind, Tables.micros(now), StoredTerms.DEFAULTS));
        return id;
    }

    @Override
    public Optional<Client> byId(long id) {
        return Optional.ofNullable(tx.tables().clients.get(id)).map(FakeClients::toClient);
    }

    @Override
    public Optional<Client> organisationNamed(String name) {
        String key = orgKey(name);
        return tx.tables().clients.values().stream().filter(c -> key.equals(c.orgKey())).findFirst().map(FakeClients::toClient);
    }

    @Override
    public List<Client> named(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return tx.tables().clients.values().stream().filter(c -> c.name().toLowerCase(Locale.ROOT).equals(wanted))
                .limit(20).map(FakeClients::toClient).toList();
    }

    @Override
    public Optional<Client> lock(long id) {
        return byId(id);
    }

    @Override
    public StoredTerms terms(long clientId) {
        Tables.ClientRow c = tx.tables().clients.get(clientId);
        return c == null ? StoredTerms.DEFAULTS : c.terms();
    }

    @Override
    public void updateTerms(long clientId, StoredTerms terms) {
        Tables t = tx.tables();
        Tables.ClientRow c = t.clients.get(clientId);
        if (c != null) {
            // DECIMAL(12,2): the rate comes back with two decimals, rounded half up
            BigDecimal rate = terms.hourlyRate() == null ? null : terms.hourlyRate().setScale(2, RoundingMode.HALF_UP);
            t.clients.put(clientId, new Tables.ClientRow(c.id(), c.name(), c.orgKey(), c.kind(), c.createdAt(),
                    new StoredTerms(rate, terms.currency(), terms.paymentTermDays(), terms.billingContact(),
                            terms.billingChannel())));
        }
    }

    @Override
    public void setBillingChannelIfEmpty(long clientId, ChannelRef channel) {
        StoredTerms old = terms(clientId);
        if (old.billingChannel() == null) {
            updateTerms(clientId, new StoredTerms(old.hourlyRate(), old.currency(), old.paymentTermDays(),
                    old.billingContact(), channel));
        }
    }

    @Override
    public Optional<Long> clientOf(ChannelRef channel) {
        return Optional.ofNullable(tx.tables().channelLinks.get(channel)).map(Tables.LinkRow::clientId);
    }

    /** Oldest link first (a re-link counts from its new time), ties by channel id. */
    @Override
    public List<ChannelRef> channelsOf(long clientId) {
        return tx.tables().channelLinks.values().stream().filter(l -> l.clientId() == clientId)
                .sorted(Comparator.comparing(Tables.LinkRow::linkedAt).thenComparing(l -> l.channel().channelId()))
                .map(Tables.LinkRow::channel).toList();
    }

    @Override
    public void link(ChannelRef channel, long clientId, long linkedBy, Instant now) {
        Tables t = tx.tables();
        t.client(clientId);
        t.person(linkedBy);
        t.channelLinks.put(channel, new Tables.LinkRow(channel, clientId, linkedBy, Tables.micros(now)));
    }

    private static Client toClient(Tables.ClientRow r) {
        return new Client(r.id(), r.name(), r.kind());
    }
}
