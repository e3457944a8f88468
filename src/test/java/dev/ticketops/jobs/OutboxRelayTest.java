package dev.ticketops.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Notice;
import dev.ticketops.app.port.DeliveryException;
import dev.ticketops.chat.MessageSender;
import dev.ticketops.chat.Reply;
import dev.ticketops.chat.Syntax;
import dev.ticketops.domain.InvoiceNumber;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.PaymentMethod;
import dev.ticketops.domain.Platform;
import dev.ticketops.slack.SlackSyntax;
import dev.ticketops.support.MutableClock;
import dev.ticketops.support.TestDatabases;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A message that must arrive is not dropped because the platform refused it a few times (say, a revoked token). */
class OutboxRelayTest {
    /** Any message will do; one about no ticket needs no ticket in the database. */
    private static final Notice A_NOTICE = new Notice.PaymentReceived(new InvoiceNumber(2026, 1), Money.usd("10.00"),
            PaymentMethod.WISE, Money.usd("0.00"), true);

    @Test
    void aRefusedMessage_isRetriedUntilTheCauseIsFixed_thenDeliveredOnce() {
        try (TestDatabases.TestDb db = TestDatabases.open()) {
            MutableClock clock = MutableClock.at("2026-11-26T09:00:00Z");
            var stores = db.database().stores();
            stores.transactions().inTransaction(() -> {
                stores.outbox().enqueue(new Destination(Platform.SLACK, "T1", "C1", false),
                        A_NOTICE, clock.instant());
                return null;
            });
            AtomicInteger calls = new AtomicInteger();
            AtomicInteger delivered = new AtomicInteger();
            OutboxRelay relay = new OutboxRelay(db.database().transactions(), db.database().outboxQueue(),
                    Map.of(Platform.SLACK, new MessageSender() {
                        @Override
                        public String send(Destination to, Reply reply) throws DeliveryException {
                            if (calls.incrementAndGet() <= 6) {
                                throw DeliveryException.permanent("Slack: token_revoked");
                            }
                            delivered.incrementAndGet();
                            return "ts";
                        }

                        @Override
                        public Syntax syntax() {
                            return SlackSyntax.INSTANCE;
                        }
                    }), clock, Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(15));
            for (int i = 0; i < 8; i++) {
                relay.drain();
                clock.advance(Duration.ofMinutes(16));
            }
            assertThat(calls.get()).isEqualTo(7);
            assertThat(delivered.get()).isEqualTo(1);
            assertThat(stores.transactions().inTransaction(() -> db.database().outboxQueue().backlog())).isZero();
            relay.close();
        }
    }

    @Test
    void aSenderWhoseLeaseRanOut_cannotRecordOverTheNewClaim() {
        try (TestDatabases.TestDb db = TestDatabases.open()) {
            MutableClock clock = MutableClock.at("2026-11-26T09:00:00Z");
            var tx = db.database().transactions();
            var queue = db.database().outboxQueue();
            tx.inTransaction(() -> {
                db.database().stores().outbox().enqueue(new Destination(Platform.SLACK, "T1", "C1", false),
                        A_NOTICE, clock.instant());
                return null;
            });
            long id = tx.inTransaction(() -> {
                var due = queue.lockDue(clock.instant(), 1, Set.of(Platform.SLACK));
                assertThat(due).hasSize(1);
                queue.claim(due.get(0).id(), "first", clock.instant().plus(OutboxRelay.LEASE));
                return due.get(0).id();
            });
            // while the lease holds, nobody else sees the message
            assertThat(tx.inTransaction(() -> queue.lockDue(clock.instant(), 1, Set.of(Platform.SLACK)))).isEmpty();

            clock.advance(OutboxRelay.LEASE.plusSeconds(1));
            tx.inTransaction(() -> {
                var due = queue.lockDue(clock.instant(), 1, Set.of(Platform.SLACK));
                assertThat(due).extracting(m -> m.id()).containsExactly(id);
                queue.claim(id, "second", clock.instant().plus(OutboxRelay.LEASE));
                return null;
            });
            // the first sender comes back late: its outcome is not recorded over the second claim
            assertThat(tx.inTransaction(() -> queue.markSent(id, "first", "ts-1", clock.instant()))).isFalse();
            assertThat(tx.inTransaction(() -> queue.markRetry(id, "first", "late", clock.instant(), true))).isFalse();
            assertThat(tx.inTransaction(() -> queue.backlog())).isEqualTo(1);
            assertThat(tx.inTransaction(() -> queue.markSent(id, "second", "ts-2", clock.instant()))).isTrue();
            assertThat(tx.inTransaction(() -> queue.backlog())).isZero();
        }
    }
}
