package dev.ticketops.store.contract;

/** The Estimates contract on the in-memory fakes. */
class EstimatesOnFakesTest extends EstimatesContract {
    @Override
    PortsUnderTest ports() {
        return PortsUnderTest.fakes();
    }
}
