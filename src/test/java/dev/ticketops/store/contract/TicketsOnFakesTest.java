package dev.ticketops.store.contract;

/** The Tickets contract on the in-memory fakes. */
class TicketsOnFakesTest extends TicketsContract {
    @Override
    PortsUnderTest ports() {
        return PortsUnderTest.fakes();
    }
}
