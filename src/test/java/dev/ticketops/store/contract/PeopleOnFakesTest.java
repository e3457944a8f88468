package dev.ticketops.store.contract;

/** The People contract on the in-memory fakes. */
class PeopleOnFakesTest extends PeopleContract {
    @Override
    PortsUnderTest ports() {
        return PortsUnderTest.fakes();
    }
}
