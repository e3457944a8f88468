package dev.ticketops.store.contract;

/** The TicketEvents contract on the in-memory fakes. */
class TicketEventsOnFakesTest extends TicketEventsContract {
    @Override
    PortsUnderTest ports() {
        return PortsUnderTest.fakes();
    }
}
