package dev.ticketops.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ticketops.domain.Person;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Role;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketEvent;
import dev.ticketops.domain.TicketNumber;
import org.junit.jupiter.api.Test;

/** The audit trail as the use cases and the ticket details read it, on the fake and on MariaDB alike. */
abstract class TicketEventsContract extends PortContract {

    @Test
    void forTicket_givesTheTicketsEventsInTheOrderAppended_withTheActorsCurrentName() {
        long acme = organisation("Acme");
        Person alice = member("U_ALICE", acme);
        Ticket t = ticket(acme, alice, "Printer offline");
        Ticket other = ticket(acme, alice, "Other");
        run(() -> {
            stores.events().append(new TicketEvent(t.number(), alice.id(), "ignored", Platform.SLACK, "OPENED", "title", at(5)));
            stores.events().append(new TicketEvent(other.number(), alice.id(), null, Platform.SLACK, "OPENED", null, at(6)));
            stores.events().append(new TicketEvent(t.number(), alice.id(), null, Platform.DISCORD, "COMMENT", null, at(1)));
        });
        run(() -> stores.people().upsert(caller("U_ALICE", "Alice B.", Role.CLIENT), at(10)));

        var events = tx(() -> stores.events().forTicket(t.number()));

        assertThat(events).containsExactly(
                new TicketEvent(t.number(), alice.id(), "Alice B.", Platform.SLACK, "OPENED", "title", at(5)),
                new TicketEvent(t.number(), alice.id(), "Alice B.", Platform.DISCORD, "COMMENT", null, at(1)));
    }

    @Test
    void anEventWithoutActor_hasNoActorName_andOneWithoutTicket_belongsToNoTicket() {
        long acme = organisation("Acme");
        Ticket t = ticket(acme, member("U_ALICE", acme), "Printer offline");
        run(() -> {
            stores.events().append(new TicketEvent(t.number(), null, null, Platform.SLACK, "OVERDUE", "job", at(1)));
            stores.events().append(new TicketEvent(null, null, null, Platform.SLACK, "TERMS", "rate", at(2)));
        });

        assertThat(tx(() -> stores.events().forTicket(t.number())))
                .containsExactly(new TicketEvent(t.number(), null, null, Platform.SLACK, "OVERDUE", "job", at(1)));
    }

    @Test
    void forTicket_withoutEvents_isEmpty() {
        assertThat(tx(() -> stores.events().forTicket(TicketNumber.of(5)))).isEmpty();
    }

    @Test
    void append_forAnUnknownTicket_fails() {
        assertThatThrownBy(() -> run(() -> stores.events().append(new TicketEvent(TicketNumber.of(77), null, null,
                Platform.SLACK, "OPENED", null, T0)))).isInstanceOf(RuntimeException.class);
    }
}
