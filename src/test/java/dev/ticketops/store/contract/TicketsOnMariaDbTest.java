package dev.ticketops.store.contract;

/** The Tickets contract on the MyBatis stores and a real MariaDB. */
class TicketsOnMariaDbTest extends TicketsContract {
    @Override
    PortsUnderTest ports() {
        return PortsUnderTest.mariaDb();
    }
}
