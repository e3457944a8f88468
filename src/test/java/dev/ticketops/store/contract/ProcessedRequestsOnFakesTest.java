package dev.ticketops.store.contract;

/** The ProcessedRequests contract on the in-memory fakes. */
class ProcessedRequestsOnFakesTest extends ProcessedRequestsContract {
    @Override
    PortsUnderTest ports() {
        return PortsUnderTest.fakes();
    }
}
