package dev.ticketops.store.contract;

import dev.ticketops.domain.Digest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Notice;
import dev.ticketops.app.port.PendingMessage;
import dev.ticketops.app.port.Replaces;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Both sides of the outbox: enqueued with a change, delivered with claims and retries, on the fake and MariaDB alike. */
abstract class OutboxContract extends PortContract {
    private static final Set<Platform> BOTH = Set.of(Platform.SLACK, Platform.DISCORD);

    /** The one place these tests build a notice. */
    private static Notice notice(TicketNumber ticket, String estimateId) {
        return new Notice.TicketClosed(ticket, "Printer offline (" + estimateId + ")", "Replaced the toner", 120, "sam");
    }

    private Ticket aTicket() {
        long acme = organisation("Acme");
        return ticket(acme, member("U_ALICE", acme), "Printer offline");
    }

    private long enqueue(Destination d, Notice n, long minutes) {
        run(() -> stores.outbox().enqueue(d, n, at(minutes)));
        return tx(() -> under().outboxQueue().lockDue(at(minutes), 100, BOTH)).stream()
                .filter(m -> m.destination().equals(d) && m.notice().equals(n)).mapToLong(PendingMessage::id).max().orElseThrow();
    }

    private List<PendingMessage> due(long minutes) {
        return tx(() -> under().outboxQueue().lockDue(at(minutes), 100, BOTH));
    }

    @Test
    void anEnqueuedMessage_comesBackAsItWentIn() {
        Ticket t = aTicket();
        Person alice = tx(() -> stores.people().byId(t.requesterId()).orElseThrow());
        Destination channel = Destination.channel(channel("C_ACME"));
        Destination direct = Destination.directTo(alice);
        Destination replacing = Destination.replacing(channel("C_ACME"), new Replaces("1700000000.000100", "https://hooks.test/r"));
        Notice digest = new Notice.DailyDigest(new Digest("staff", java.time.LocalDate.of(2026, 11, 2), List.of()));

        run(() -> {
            stores.outbox().enqueue(channel, notice(t.number(), "7"), at(1));
            stores.outbox().enqueue(direct, notice(t.number(), "8"), at(1));
            stores.outbox().enqueue(replacing, notice(t.number(), "9"), at(1));
            stores.outbox().enqueue(Destination.channel(channel("C_OPS")), digest, at(2));
        });

        List<PendingMessage> due = due(2);
        assertThat(due).extracting(PendingMessage::destination)
                .containsExactly(channel, direct, replacing, Destination.channel(channel("C_OPS")));
        assertThat(due).extracting(PendingMessage::notice)
                .containsExactly(notice(t.number(), "7"), notice(t.number(), "8"), notice(t.number(), "9"), digest);
        assertThat(due).extracting(PendingMessage::attempts).containsOnly(0);
        assertThat(due).extracting(PendingMessage::createdAt).containsExactly(at(1), at(1), at(1), at(2));
    }

    @Test
    void lockDue_takesTheAskedPlatformsMessagesThatAreDue_oldestFirst_upToTheLimit() {
        Ticket t = aTicket();
        Destination slack = Destination.channel(channel("C_ACME"));
        Destination discord = new Destination(Platform.DISCORD, "G1", "D_CHAN", false);
        long first = enqueue(slack, notice(t.number(), "1"), 1);
        long onDiscord = enqueue(discord, notice(t.number(), "2"), 2);
        long third = enqueue(slack, notice(t.number(), "3"), 3);
        long later = enqueue(slack, notice(t.number(), "4"), 10);

        assertThat(tx(() -> under().outboxQueue().lockDue(at(5), 10, Set.of(Platform.SLACK))))
                .extracting(PendingMessage::id).containsExactly(first, third);
        assertThat(tx(() -> under().outboxQueue().lockDue(at(10), 2, BOTH)))
                .extracting(PendingMessage::id).containsExactly(first, onDiscord);
        assertThat(tx(() -> under().outboxQueue().lockDue(at(10), 10, Set.of()))).isEmpty();
        assertThat(due(10)).extracting(PendingMessage::id).containsExactly(first, onDiscord, third, later);
    }

    @Test
    void aClaimedMessage_isNotDueUntilItsLeaseRunsOut() {
        long id = enqueue(Destination.channel(channel("C_ACME")), notice(aTicket().number(), "1"), 1);

        run(() -> under().outboxQueue().claim(id, "token-1", at(5)));

        assertThat(due(4)).isEmpty();
        assertThat(due(5)).extracting(PendingMessage::id).containsExactly(id);
        assertThat(tx(() -> under().outboxQueue().backlog())).isEqualTo(1);
    }

    @Test
    void markSent_byTheClaimsHolder_deliversItForGood_andOnlyOnce() {
        long id = enqueue(Destination.channel(channel("C_ACME")), notice(aTicket().number(), "1"), 1);
        run(() -> under().outboxQueue().claim(id, "token-1", at(5)));

        boolean stranger = tx(() -> under().outboxQueue().markSent(id, "token-2", "ts-1", at(2)));
        boolean holder = tx(() -> under().outboxQueue().markSent(id, "token-1", "ts-1", at(2)));
        boolean again = tx(() -> under().outboxQueue().markSent(id, "token-1", "ts-1", at(3)));

        assertThat(stranger).isFalse();
        assertThat(holder).isTrue();
        assertThat(again).isFalse();
        assertThat(due(60)).isEmpty();
        assertThat(tx(() -> under().outboxQueue().backlog())).isZero();
    }

    @Test
    void markSent_withoutAClaim_isRefused() {
        long id = enqueue(Destination.channel(channel("C_ACME")), notice(aTicket().number(), "1"), 1);

        assertThat(tx(() -> under().outboxQueue().markSent(id, "token-1", "ts", at(2)))).isFalse();
        assertThat(due(2)).extracting(PendingMessage::id).containsExactly(id);
    }

    @Test
    void markRetry_countsTheAttempt_andMakesItDueAtTheNextAttempt_orNeverWhenGivenUp() {
        Ticket t = aTicket();
        long retried = enqueue(Destination.channel(channel("C_ACME")), notice(t.number(), "1"), 1);
        long failed = enqueue(Destination.channel(channel("C_ACME")), notice(t.number(), "2"), 1);
        run(() -> {
            under().outboxQueue().claim(retried, "token-1", at(5));
            under().outboxQueue().claim(failed, "token-2", at(5));
        });

        boolean lost = tx(() -> under().outboxQueue().markRetry(retried, "token-x", "boom", at(20), false));
        boolean retry = tx(() -> under().outboxQueue().markRetry(retried, "token-1", "HTTP 500", at(20), false));
        boolean giveUp = tx(() -> under().outboxQueue().markRetry(failed, "token-2", "channel_not_found", at(20), true));

        assertThat(lost).isFalse();
        assertThat(retry).isTrue();
        assertThat(giveUp).isTrue();
        assertThat(due(19)).isEmpty();
        assertThat(due(20)).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(retried);
            assertThat(m.attempts()).isEqualTo(1);
        });
        assertThat(tx(() -> under().outboxQueue().backlog())).isEqualTo(1);
    }

    @Test
    void backlogAndOldestPending_countMessagesNotYetDelivered() {
        assertThat(tx(() -> under().outboxQueue().backlog())).isZero();
        assertThat(tx(() -> under().outboxQueue().oldestPending())).isEmpty();
        Ticket t = aTicket();
        long sent = enqueue(Destination.channel(channel("C_ACME")), notice(t.number(), "1"), 1);
        enqueue(Destination.channel(channel("C_ACME")), notice(t.number(), "2"), 3);
        enqueue(Destination.channel(channel("C_ACME")), notice(t.number(), "3"), 4);
        run(() -> {
            under().outboxQueue().claim(sent, "token", at(9));
            under().outboxQueue().markSent(sent, "token", "ts", at(5));
        });

        assertThat(tx(() -> under().outboxQueue().backlog())).isEqualTo(2);
        assertThat(tx(() -> under().outboxQueue().oldestPending())).contains(at(3));
    }

    @Test
    void delivery_isWokenOnceAfterATransactionThatEnqueued_andNotAfterARollback() {
        Ticket t = aTicket();
        AtomicInteger wakes = new AtomicInteger();
        under().onOutboxCommitted(wakes::incrementAndGet);
        try {
            run(() -> {
                stores.outbox().enqueue(Destination.channel(channel("C_ACME")), notice(t.number(), "1"), at(1));
                stores.outbox().enqueue(Destination.channel(channel("C_ACME")), notice(t.number(), "2"), at(1));
            });
            assertThat(wakes).hasValue(1);

            try {
                run(() -> {
                    stores.outbox().enqueue(Destination.channel(channel("C_ACME")), notice(t.number(), "3"), at(2));
                    throw new IllegalStateException("the change failed");
                });
            } catch (IllegalStateException expected) {
                // rolled back with its message
            }
            assertThat(wakes).hasValue(1);
            assertThat(due(5)).hasSize(2);
        } finally {
            under().onOutboxCommitted(() -> { });
        }
    }

    @Test
    void aMessageAboutAnUnknownTicket_fails() {
        assertThatThrownBy(() -> run(() -> stores.outbox()
                .enqueue(Destination.channel(channel("C_ACME")), notice(TicketNumber.of(404), "1"), at(1))))
                .isInstanceOf(RuntimeException.class);
        assertThat(due(5)).isEmpty();
    }
}
