package dev.ticketops.store.contract;

/** The TimeEntries contract on the MyBatis stores and a real MariaDB. */
class TimeEntriesOnMariaDbTest extends TimeEntriesContract {
    @Override
    PortsUnderTest ports() {
        return PortsUnderTest.mariaDb();
    }
}
