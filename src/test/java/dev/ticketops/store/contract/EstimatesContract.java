package dev.ticketops.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ticketops.app.port.Estimates;
import dev.ticketops.domain.Approval;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.Estimate;
import dev.ticketops.domain.EstimateRange;
import dev.ticketops.domain.EstimateStatus;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Role;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import org.junit.jupiter.api.Test;

/** Estimates and Approvals as posting, deciding, logging and billing use them, on the fake and MariaDB alike. */
abstract class EstimatesContract extends PortContract {

    private long estimate(Ticket t, Person by, int low, int high, EstimateStatus status) {
        return tx(() -> stores.estimates().insert(new Estimate(0, t.number(), new EstimateRange(low, high),
                Money.usd("95.50"), "parts extra", status, by.id(), at(10))));
    }

    private Ticket aTicket() {
        long acme = organisation("Acme");
        return ticket(acme, member("U_ALICE", acme), "Printer offline");
    }

    @Test
    void insert_thenById_givesTheEstimateBackWithItsId() {
        Ticket t = aTicket();
        Person sam = staff("U_SAM");

        long id = estimate(t, sam, 120, 180, EstimateStatus.PENDING);

        assertThat(tx(() -> stores.estimates().byId(id))).contains(new Estimate(id, t.number(), new EstimateRange(120, 180),
                Money.usd("95.50"), "parts extra", EstimateStatus.PENDING, sam.id(), at(10)));
        assertThat(tx(() -> stores.estimates().byId(id + 1000))).isEmpty();
    }

    @Test
    void current_isTheNewestEstimateNotSuperseded() {
        Ticket t = aTicket();
        Person sam = staff("U_SAM");
        long declined = estimate(t, sam, 60, 120, EstimateStatus.DECLINED);
        long replaced = estimate(t, sam, 60, 90, EstimateStatus.PENDING);
        run(() -> stores.estimates().setStatus(replaced, EstimateStatus.SUPERSEDED));

        assertThat(tx(() -> stores.estimates().current(t.number()))).map(Estimate::id).contains(declined);

        long newest = estimate(t, sam, 30, 60, EstimateStatus.PENDING);
        assertThat(tx(() -> stores.estimates().current(t.number()))).map(Estimate::id).contains(newest);
    }

    @Test
    void current_withoutEstimates_orWithAllSuperseded_isEmpty() {
        Ticket t = aTicket();
        long only = estimate(t, staff("U_SAM"), 60, 120, EstimateStatus.PENDING);

        assertThat(tx(() -> stores.estimates().current(TicketNumber.of(t.number().value() + 1)))).isEmpty();
        run(() -> stores.estimates().setStatus(only, EstimateStatus.SUPERSEDED));
        assertThat(tx(() -> stores.estimates().current(t.number()))).isEmpty();
    }

    @Test
    void approvedMax_isTheApprovedMaximumPlusApprovedExtraTimeOnly() {
        Ticket t = aTicket();
        Person sam = staff("U_SAM");
        long e = estimate(t, sam, 60, 120, EstimateStatus.APPROVED);
        run(() -> {
            long approved = stores.overruns().request(t.number(), e, 30, at(20));
            stores.overruns().decide(approved, "APPROVED", sam.id(), at(21));
            long declined = stores.overruns().request(t.number(), e, 45, at(22));
            stores.overruns().decide(declined, "DECLINED", sam.id(), at(23));
            stores.overruns().request(t.number(), e, 15, at(24));
        });

        assertThat(tx(() -> stores.estimates().approvedMax(t.number()))).contains(new Estimates.ApprovedMax(e, 150));
    }

    @Test
    void approvedMax_withoutAnApprovedEstimate_isEmpty() {
        Ticket t = aTicket();
        estimate(t, staff("U_SAM"), 60, 120, EstimateStatus.PENDING);

        assertThat(tx(() -> stores.estimates().approvedMax(t.number()))).isEmpty();
    }

    @Test
    void approvedMax_ofSeveralApproved_isTheNewest() {
        Ticket t = aTicket();
        Person sam = staff("U_SAM");
        estimate(t, sam, 60, 120, EstimateStatus.APPROVED);
        long newer = estimate(t, sam, 60, 240, EstimateStatus.APPROVED);

        assertThat(tx(() -> stores.estimates().approvedMax(t.number()))).contains(new Estimates.ApprovedMax(newer, 240));
    }

    @Test
    void anApproval_isReadWithTheDecidersCurrentName() {
        Ticket t = aTicket();
        long e = estimate(t, staff("U_SAM"), 60, 120, EstimateStatus.PENDING);
        Person alice = tx(() -> stores.people().byId(t.requesterId()).orElseThrow());
        run(() -> stores.approvals().insert(new Approval(e, t.number(), Decision.APPROVED, alice.id(), "whatever",
                Platform.DISCORD, at(30))));
        run(() -> stores.people().upsert(caller("U_ALICE", "Alice B.", Role.CLIENT), at(40)));

        assertThat(tx(() -> stores.approvals().forEstimate(e))).contains(new Approval(e, t.number(), Decision.APPROVED,
                alice.id(), "Alice B.", Platform.DISCORD, at(30)));
        assertThat(tx(() -> stores.approvals().forEstimate(e + 1000))).isEmpty();
    }

    @Test
    void aSecondDecisionOnOneEstimate_fails_andTheFirstStays() {
        Ticket t = aTicket();
        long e = estimate(t, staff("U_SAM"), 60, 120, EstimateStatus.PENDING);
        long alice = t.requesterId();
        run(() -> stores.approvals().insert(new Approval(e, t.number(), Decision.APPROVED, alice, null, Platform.SLACK, at(30))));

        assertThatThrownBy(() -> run(() -> stores.approvals().insert(new Approval(e, t.number(), Decision.DECLINED, alice,
                null, Platform.SLACK, at(31))))).isInstanceOf(RuntimeException.class);
        assertThat(tx(() -> stores.approvals().forEstimate(e))).map(Approval::decision).contains(Decision.APPROVED);
    }
}
