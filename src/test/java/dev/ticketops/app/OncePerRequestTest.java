package dev.ticketops.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ticketops.app.port.Clients;
import dev.ticketops.domain.ClientKind;
import dev.ticketops.support.MutableClock;
import dev.ticketops.support.TestDatabases;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The request boundary on a real MariaDB: one transaction, once per key, the first answer for a repeat. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OncePerRequestTest {
    private final TestDatabases.TestDb db = TestDatabases.openEmpty();
    private final MutableClock clock = MutableClock.at("2026-11-02T09:00:00Z");
    private final OncePerRequest once = new OncePerRequest(db.database().transactions(),
            db.database().stores().processedRequests(), clock);
    private final Clients clients = db.database().stores().clients();

    @AfterAll
    void close() {
        TestDatabases.recycle(db);
    }

    /** Answers are kept as upper-case text, so a test sees that a repeat's answer was read back from the store. */
    private static final OncePerRequest.Memo<String> MEMO = new OncePerRequest.Memo<>() {
        @Override
        public String write(String answer) {
            return answer.toUpperCase();
        }

        @Override
        public String read(String stored) {
            return "stored " + stored;
        }

        @Override
        public String lost() {
            return "lost";
        }
    };

    private int clientsNamed(String name) {
        return db.database().transactions().inTransaction(() -> clients.named(name)).size();
    }

    @Test
    void aRepeatedKey_getsTheFirstAnswer_andItsOwnWorkIsRolledBack() {
        AtomicInteger runs = new AtomicInteger();
        var first = once.run("key-1", null, () -> {
            clients.create("Once Ltd", ClientKind.ORGANISATION, clock.instant());
            return "created #" + runs.incrementAndGet();
        }, MEMO);
        var again = once.run("key-1", null, () -> {
            clients.create("Twice Ltd", ClientKind.ORGANISATION, clock.instant());
            return "created #" + runs.incrementAndGet();
        }, MEMO);

        assertThat(first).isEqualTo(new OncePerRequest.Once<>("created #1", true));
        assertThat(again).isEqualTo(new OncePerRequest.Once<>("stored CREATED #1", false));
        assertThat(runs).hasValue(2);
        assertThat(clientsNamed("Once Ltd")).isEqualTo(1);
        assertThat(clientsNamed("Twice Ltd")).isZero();
    }

    @Test
    void withoutAKey_theWorkRunsInOneTransaction_andAFailureLeavesNothing() {
        assertThatThrownBy(() -> once.run(null, null, () -> {
            clients.create("Half Done Ltd", ClientKind.ORGANISATION, clock.instant());
            throw new IllegalStateException("second step failed");
        }, MEMO)).hasMessage("second step failed");
        assertThat(clientsNamed("Half Done Ltd")).isZero();

        var twice = once.run("", null, () -> "fresh", MEMO);
        assertThat(once.run("", null, () -> "fresh", MEMO)).isEqualTo(twice).isEqualTo(new OncePerRequest.Once<>("fresh", true));
    }

    @Test
    void aFailedFirstDelivery_recordsNothing_soTheRetryActs() {
        assertThatThrownBy(() -> once.run("key-2", null, () -> {
            throw new IllegalStateException("broken");
        }, MEMO)).hasMessage("broken");

        var retry = once.run("key-2", null, () -> "done", MEMO);

        assertThat(retry).isEqualTo(new OncePerRequest.Once<>("done", true));
        assertThat(db.database().transactions().inTransaction(() -> db.database().stores().processedRequests()
                .response(OncePerRequest.sha256("key-2")))).isEqualTo(Optional.of("DONE"));
    }
}
