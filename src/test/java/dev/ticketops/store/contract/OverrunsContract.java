package dev.ticketops.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.app.port.Overruns;
import dev.ticketops.domain.Estimate;
import dev.ticketops.domain.EstimateRange;
import dev.ticketops.domain.EstimateStatus;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Ticket;
import org.junit.jupiter.api.Test;

/** Extra-time requests and overdue overrides as LogTime and the decisions use them, on the fake and MariaDB alike. */
abstract class OverrunsContract extends PortContract {
    private Ticket t;
    private long estimate;
    private Person sam;

    private void anApprovedTicket() {
        long acme = organisation("Acme");
        t = ticket(acme, member("U_ALICE", acme), "Printer offline");
        sam = staff("U_SAM");
        estimate = tx(() -> stores.estimates().insert(new Estimate(0, t.number(), new EstimateRange(60, 120),
                Money.usd("90.00"), null, EstimateStatus.APPROVED, sam.id(), at(1))));
    }

    @Test
    void aRequest_isPendingUntilDecided_andTheNewestPendingIsTheOne() {
        anApprovedTicket();
        long older = tx(() -> stores.overruns().request(t.number(), estimate, 30, at(10)));
        long newer = tx(() -> stores.overruns().request(t.number(), estimate, 45, at(11)));

        assertThat(tx(() -> stores.overruns().pending(t.number())))
                .contains(new Overruns.Request(newer, t.number(), estimate, 45, "PENDING", at(11)));

        run(() -> stores.overruns().decide(newer, "APPROVED", sam.id(), at(12)));
        assertThat(tx(() -> stores.overruns().pending(t.number()))).map(Overruns.Request::id).contains(older);
        run(() -> stores.overruns().decide(older, "DECLINED", sam.id(), at(13)));
        assertThat(tx(() -> stores.overruns().pending(t.number()))).isEmpty();
    }

    @Test
    void lock_givesTheRequestInAnyState_andNothingForAnUnknownOne() {
        anApprovedTicket();
        long id = tx(() -> stores.overruns().request(t.number(), estimate, 30, at(10)));
        run(() -> stores.overruns().decide(id, "APPROVED", sam.id(), at(12)));

        assertThat(tx(() -> stores.overruns().lock(id)))
                .contains(new Overruns.Request(id, t.number(), estimate, 30, "APPROVED", at(10)));
        assertThat(tx(() -> stores.overruns().lock(id + 1000))).isEmpty();
    }

    @Test
    void aDecidedRequest_neitherGrowsNorIsDecidedAgain() {
        anApprovedTicket();
        long id = tx(() -> stores.overruns().request(t.number(), estimate, 30, at(10)));
        run(() -> stores.overruns().updatePending(id, 50));
        run(() -> stores.overruns().decide(id, "DECLINED", sam.id(), at(12)));

        run(() -> {
            stores.overruns().updatePending(id, 90);
            stores.overruns().decide(id, "APPROVED", sam.id(), at(13));
        });

        assertThat(tx(() -> stores.overruns().lock(id))).map(r -> r.minutes() + " " + r.status()).contains("50 DECLINED");
    }

    @Test
    void anOverride_holdsForItsTicketOnly_andMayBeGrantedAgain() {
        anApprovedTicket();
        Ticket other = ticket(t.clientId(), tx(() -> stores.people().byId(t.requesterId()).orElseThrow()), "Other");

        run(() -> stores.overruns().override(t.number(), "paid by phone", sam.id(), at(20)));
        run(() -> stores.overruns().override(t.number(), "again", sam.id(), at(21)));

        assertThat(tx(() -> stores.overruns().overridden(t.number()))).isTrue();
        assertThat(tx(() -> stores.overruns().overridden(other.number()))).isFalse();
    }
}
