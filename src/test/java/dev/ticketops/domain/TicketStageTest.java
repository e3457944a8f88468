package dev.ticketops.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a ticket stands on the portal, from its status, billability, time and invoice. */
class TicketStageTest {
    @Test
    void billableWork_movesThroughEstimateApprovalWorkAndInvoice() {
        assertThat(TicketStage.of(TicketStatus.NEW, true, 0, false)).isEqualTo(TicketStage.NEEDS_ESTIMATE);
        assertThat(TicketStage.of(TicketStatus.DECLINED, true, 0, false)).isEqualTo(TicketStage.NEEDS_ESTIMATE);
        assertThat(TicketStage.of(TicketStatus.ESTIMATED, true, 0, false)).isEqualTo(TicketStage.WAITING_FOR_APPROVAL);
        assertThat(TicketStage.of(TicketStatus.APPROVED, true, 0, false)).isEqualTo(TicketStage.APPROVED_UNSTARTED);
        assertThat(TicketStage.of(TicketStatus.APPROVED, true, 30, false)).isEqualTo(TicketStage.IN_PROGRESS);
        assertThat(TicketStage.of(TicketStatus.CLOSED, true, 30, false)).isEqualTo(TicketStage.CLOSED_NOT_INVOICED);
        assertThat(TicketStage.of(TicketStatus.CLOSED, true, 30, true)).isEqualTo(TicketStage.INVOICED);
    }

    @Test
    void nonBillableWork_needsNoApproval_andIsNeverWaitingToBeInvoiced() {
        assertThat(TicketStage.of(TicketStatus.NEW, false, 0, false)).isEqualTo(TicketStage.APPROVED_UNSTARTED);
        assertThat(TicketStage.of(TicketStatus.NEW, false, 15, false)).isEqualTo(TicketStage.IN_PROGRESS);
        assertThat(TicketStage.of(TicketStatus.CLOSED, false, 15, false)).isEqualTo(TicketStage.CLOSED);
    }

    @Test
    void theBoard_showsWhatStillNeedsSomething() {
        assertThat(java.util.Arrays.stream(TicketStage.values()).filter(TicketStage::onBoard))
                .containsExactly(TicketStage.NEEDS_ESTIMATE, TicketStage.WAITING_FOR_APPROVAL, TicketStage.APPROVED_UNSTARTED,
                        TicketStage.IN_PROGRESS, TicketStage.CLOSED_NOT_INVOICED);
        assertThat(TicketStage.WAITING_FOR_APPROVAL.clientLabel()).isEqualTo("Waiting for your approval");
    }
}
