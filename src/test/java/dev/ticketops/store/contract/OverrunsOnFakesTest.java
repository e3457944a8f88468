package dev.ticketops.store.contract;

/** The Overruns contract on the in-memory fakes. */
class OverrunsOnFakesTest extends OverrunsContract {
    @Override
    PortsUnderTest ports() {
        return PortsUnderTest.fakes();
    }
}
