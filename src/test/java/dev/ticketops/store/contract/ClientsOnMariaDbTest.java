package dev.ticketops.store.contract;

/** The Clients contract on the MyBatis stores and a real MariaDB. */
class ClientsOnMariaDbTest extends ClientsContract {
    @Override
    PortsUnderTest ports() {
        return PortsUnderTest.mariaDb();
    }
}
