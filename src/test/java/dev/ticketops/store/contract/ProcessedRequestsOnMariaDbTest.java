package dev.ticketops.store.contract;

/** The ProcessedRequests contract on the MyBatis stores and a real MariaDB. */
class ProcessedRequestsOnMariaDbTest extends ProcessedRequestsContract {
    @Override
    PortsUnderTest ports() {
        return PortsUnderTest.mariaDb();
    }
}
