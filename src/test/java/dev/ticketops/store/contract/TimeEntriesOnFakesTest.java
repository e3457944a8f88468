package dev.ticketops.store.contract;

/** The TimeEntries contract on the in-memory fakes. */
class TimeEntriesOnFakesTest extends TimeEntriesContract {
    @Override
    PortsUnderTest ports() {
        return PortsUnderTest.fakes();
    }
}
