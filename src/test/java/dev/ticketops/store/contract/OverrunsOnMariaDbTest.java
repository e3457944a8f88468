package dev.ticketops.store.contract;

/** The Overruns contract on the MyBatis stores and a real MariaDB. */
class OverrunsOnMariaDbTest extends OverrunsContract {
    @Override
    PortsUnderTest ports() {
        return PortsUnderTest.mariaDb();
    }
}
