package dev.ticketops.support.fakes;

import dev.ticketops.app.port.People;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Person;
import java.time.Instant;
import java.util.Optional;

/** People in memory, one per platform identity, as MyBatisPeople keeps them. */
public final class FakePeople implements People {
    private final InMemoryTransactions tx;

    public FakePeople(InMemoryTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Person> byIdentity(dev.ticketops.domain.Platform platform, String workspaceId, String userId) {
        return tx.tables().people.values().stream()
                .filter(p -> p.platform() == platform && p.workspaceId().equals(workspaceId) && p.userId().equals(userId))
                .findFirst();
    }

    @Override
    public Person upsert(Caller c, Instant now) {
        Tables t = tx.tables();
        Optional<Person> known = t.people.values().stream()
                .filter(p -> p.platform() == c.platform() && p.workspaceId().equals(c.workspaceId())
                        && p.userId().equals(c.userId()))
                .findFirst();
        long id = known.map(Person::id).orElseGet(() -> t.nextId("people"));
        Long client = known.map(Person::clientId).orElse(null);
        Person p = new Person(id, c.platform(), c.workspaceId(), c.userId(), c.displayName(), c.role(), client);
        t.people.put(id, p);
        return p;
    }

    @Override
    public Optional<Person> byId(long id) {
        return Optional.ofNullable(tx.tables().people.get(id));
    }

    @Override
    public void setClient(long personId, long clientId, Instant now) {
        Tables t = tx.tables();
        Person p = t.people.get(personId);
        if (p != null) {
            t.client(clientId);
            t.people.put(personId, new Person(p.id(), p.platform(), p.workspaceId(), p.userId(), p.displayName(), p.role(),
                    clientId));
        }
    }

    @Override
    public Optional<Person> firstOfClient(long clientId) {
        return tx.tables().people.values().stream().filter(p -> p.clientId() != null && p.clientId() == clientId).findFirst();
    }
}
