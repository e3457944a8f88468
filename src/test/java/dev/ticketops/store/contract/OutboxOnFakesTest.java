package dev.ticketops.store.contract;

/** The Outbox contract on the in-memory fakes. */
class OutboxOnFakesTest extends OutboxContract {
    @Override
    PortsUnderTest ports() {
        return PortsUnderTest.fakes();
    }
}
