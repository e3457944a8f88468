package dev.ticketops.app.port;

import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Person;
import java.time.Instant;
import java.util.Optional;

public interface People {
    /** The person behind {@code caller}, created on first sight; name and role follow what the platform says now. */
    Person upsert(Caller caller, Instant now);

    Optional<Person> byId(long id);

    /** The person with that identity on a platform, if they were seen before. */
    Optional<Person> byIdentity(dev.ticketops.domain.Platform platform, String workspaceId, String userId);

    void setClient(long personId, long clientId, Instant now);

    /** The first person who belongs to the client (for an individual client: the person themself). */
    Optional<Person> firstOfClient(long clientId);
}
