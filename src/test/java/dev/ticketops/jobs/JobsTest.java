package dev.ticketops.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.app.BillingDefaults;
import dev.ticketops.app.UseCaseFactory;
import dev.ticketops.app.SendDigests;
import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Notice;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.Platform;
import dev.ticketops.support.MutableClock;
import dev.ticketops.support.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** db-scheduler on one MariaDB: two instances run the digest job, and the digest is posted once. */
class JobsTest {

    @Test
    void twoSchedulerInstances_postTheDigestOnce_andRunTheOtherJobs() throws Exception {
        try (TestDatabases.TestDb db = TestDatabases.open()) {
            MutableClock clock = MutableClock.at("2026-11-26T09:30:00Z");
            UseCaseFactory app = new UseCaseFactory(db.database().stores(), clock,
                    new BillingDefaults(Money.usd("12.00"), 7, ZoneId.of("UTC"), 3, "http://localhost"));
            SendDigests digests = app.sendDigests(new SendDigests.Settings(LocalTime.of(9, 0),
                    List.of(new Destination(Platform.SLACK, "slack", "C_STAFF", false))));
            AtomicInteger billing = new AtomicInteger();
            AtomicInteger outbox = new AtomicInteger();
            var every = new Jobs.Intervals(Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofMillis(300),
                    Duration.ofMillis(300), Duration.ofMillis(200));
            try (Jobs a = new Jobs(db.database().dataSource(), db.database().transactions(),
                    db.database().stores().processedRequests(), clock, every, digests::execute,
                    () -> billing.incrementAndGet() * 0, () -> outbox.incrementAndGet() * 0, "instance-a").start();
                 Jobs b = new Jobs(db.database().dataSource(), db.database().transactions(),
                         db.database().stores().processedRequests(), clock, every, digests::execute,
                         () -> billing.incrementAndGet() * 0, () -> outbox.incrementAndGet() * 0, "instance-b").start()) {
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while ((billing.get() < 3 || outbox.get() < 3) && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                    clock.advance(Duration.ofMillis(200));
                }
            }
            assertThat(billing.get()).isGreaterThanOrEqualTo(3);
            assertThat(outbox.get()).isGreaterThanOrEqualTo(3);
            var sent = db.database().transactions().inTransaction(() -> db.database().outboxQueue().lockDue(Instant.parse("2100-01-01T00:00:00Z"), 100,
                    EnumSet.allOf(Platform.class))).stream().filter(m -> m.notice().kind() == Notice.Kind.DIGEST).toList();
            assertThat(sent).hasSize(1);
        }
    }
}
