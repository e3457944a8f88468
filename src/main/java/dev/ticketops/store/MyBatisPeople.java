package dev.ticketops.store;

import dev.ticketops.app.port.People;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Role;
import java.time.Instant;
import java.util.Optional;

final class MyBatisPeople implements People {
    private final MyBatisTransactions tx;

    MyBatisPeople(MyBatisTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Person upsert(Caller c, Instant now) {
        PersonMapper m = tx.mapper(PersonMapper.class);
        PersonMapper.Row row = m.byIdentity(c.platform().name(), c.workspaceId(), c.userId());
        if (row == null) {
            GeneratedKey key = new GeneratedKey();
            try {
                m.insert(new PersonMapper.Row(null, c.platform().name(), c.workspaceId(), c.userId(), c.displayName(),
                        c.role().name(), null), Utc.of(now), key);
                return new Person(key.value(), c.platform(), c.workspaceId(), c.userId(), c.displayName(), c.role(), null);
            } catch (RuntimeException e) {
                if (!MyBatisTransactions.isDuplicateKey(e)) {
                    throw e;
                }
                row = m.byIdentity(c.platform().name(), c.workspaceId(), c.userId());
            }
        }
        if (!row.displayName().equals(c.displayName()) || !row.role().equals(c.role().name())) {
            m.refresh(row.id(), c.displayName(), c.role().name(), Utc.of(now));
        }
        return new Person(row.id(), c.platform(), c.workspaceId(), c.userId(), c.displayName(), c.role(), row.clientId());
    }

    @Override
    public Optional<Person> byIdentity(dev.ticketops.domain.Platform platform, String workspaceId, String userId) {
        return Optional.ofNullable(tx.mapper(PersonMapper.class).byIdentity(platform.name(), workspaceId, userId))
                .map(MyBatisPeople::toPerson);
    }

    @Override
    public Optional<Person> byId(long id) {
        return Optional.ofNullable(tx.mapper(PersonMapper.class).byId(id)).map(MyBatisPeople::toPerson);
    }

    @Override
    public Optional<Person> firstOfClient(long clientId) {
        return Optional.ofNullable(tx.mapper(PersonMapper.class).firstOfClient(clientId)).map(MyBatisPeople::toPerson);
    }

    @Override
    public void setClient(long personId, long clientId, Instant now) {
        tx.mapper(PersonMapper.class).setClient(personId, clientId, Utc.of(now));
    }

    static Person toPerson(PersonMapper.Row r) {
        return new Person(r.id(), Platform.valueOf(r.platform()), r.workspaceId(), r.userId(), r.displayName(),
                Role.valueOf(r.role()), r.clientId());
    }
}
