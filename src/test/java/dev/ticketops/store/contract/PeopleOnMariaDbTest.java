package dev.ticketops.store.contract;

/** The People contract on the MyBatis stores and a real MariaDB. */
class PeopleOnMariaDbTest extends PeopleContract {
    @Override
    PortsUnderTest ports() {
        return PortsUnderTest.mariaDb();
    }
}
