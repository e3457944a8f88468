package dev.ticketops.store.contract;

import dev.ticketops.app.Stores;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.ClientKind;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Role;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The base of every port contract: each test gets empty ports (fakes, or one MariaDB database per test class, emptied
 * before each test) and small fixtures to fill them.
 * A contract's subclasses only say which ports: {@code ...OnFakesTest} and {@code ...OnMariaDbTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PortContract {
    static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    static final String WORKSPACE = "T0001";

    private PortsUnderTest ports;
    Stores stores;

    /** The ports this run of the contract tests (opened once for the class). */
    abstract PortsUnderTest ports();

    @BeforeAll
    final void openPorts() {
        ports = ports();
    }

    @BeforeEach
    final void emptyPorts() {
        ports.empty();
        stores = ports.stores();
    }

    @AfterAll
    final void closePorts() {
        ports.close();
    }

    PortsUnderTest under() {
        return ports;
    }

    <T> T tx(Supplier<T> work) {
        return stores.transactions().inTransaction(work);
    }

    void run(Runnable work) {
        tx(() -> {
            work.run();
            return null;
        });
    }

    static Instant at(long minutesAfterT0) {
        return T0.plus(Duration.ofMinutes(minutesAfterT0));
    }

    static Caller caller(String userId, String name, Role role) {
        return new Caller(Platform.SLACK, WORKSPACE, userId, name, role);
    }

    static ChannelRef channel(String id) {
        return new ChannelRef(Platform.SLACK, WORKSPACE, id);
    }

    Person staff(String userId) {
        return tx(() -> stores.people().upsert(caller(userId, "staff " + userId, Role.STAFF), T0));
    }

    long organisation(String name) {
        return tx(() -> stores.clients().create(name, ClientKind.ORGANISATION, T0));
    }

    /** A client person belonging to {@code clientId}. */
    Person member(String userId, long clientId) {
        return tx(() -> {
            Person p = stores.people().upsert(caller(userId, "client " + userId, Role.CLIENT), T0);
            stores.people().setClient(p.id(), clientId, T0);
            return stores.people().byId(p.id()).orElseThrow();
        });
    }

    /** A new ticket of {@code clientId}, requested by {@code requester}, opened {@code minutes} after T0. */
    Ticket ticket(long clientId, Person requester, String title, long minutes) {
        return tx(() -> {
            TicketNumber n = stores.tickets().nextNumber();
            Ticket t = new Ticket(n, title, null, false, true, TicketStatus.NEW, clientId, requester.id(),
                    channel("C_" + clientId), at(minutes), null, null, 0);
            stores.tickets().insert(t, at(minutes));
            return t;
        });
    }

    Ticket ticket(long clientId, Person requester, String title) {
        return ticket(clientId, requester, title, 0);
    }

    /** Rewrites the ticket's status (and closure) as the use cases do, through Tickets.update. */
    Ticket withStatus(Ticket t, TicketStatus status) {
        Ticket changed = status == TicketStatus.CLOSED ? t.closed(at(60), "done") : t.withStatus(status);
        run(() -> stores.tickets().update(changed, at(60)));
        return tx(() -> stores.tickets().find(t.number()).orElseThrow());
    }
}
