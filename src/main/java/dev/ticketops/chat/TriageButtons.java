package dev.ticketops.chat;

import dev.ticketops.domain.TicketNumber;

/** The buttons of a triage card: Take it (assign to the clicker) and Not billable; ids from {@link ActionCodec}. */
final class TriageButtons {
    private TriageButtons() {
    }

    static void add(Reply.Builder b, TicketNumber ticket) {
        b.button("Take it", ActionCodec.TAKE, ActionCodec.encodeTriage(ActionCodec.Triage.TAKE, ticket), Reply.Style.PRIMARY)
                .button("Not billable", ActionCodec.NOT_BILLABLE, ActionCodec.encodeTriage(ActionCodec.Triage.NOT_BILLABLE, ticket),
                        Reply.Style.DEFAULT);
    }
}
