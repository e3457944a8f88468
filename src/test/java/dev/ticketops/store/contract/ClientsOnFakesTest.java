package dev.ticketops.store.contract;

/** The Clients contract on the in-memory fakes. */
class ClientsOnFakesTest extends ClientsContract {
    @Override
    PortsUnderTest ports() {
        return PortsUnderTest.fakes();
    }
}
