package dev.ticketops.store.contract;

/** The Estimates contract on the MyBatis stores and a real MariaDB. */
class EstimatesOnMariaDbTest extends EstimatesContract {
    @Override
    PortsUnderTest ports() {
        return PortsUnderTest.mariaDb();
    }
}
