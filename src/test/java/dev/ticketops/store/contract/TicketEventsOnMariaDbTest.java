package dev.ticketops.store.contract;

/** The TicketEvents contract on the MyBatis stores and a real MariaDB. */
class TicketEventsOnMariaDbTest extends TicketEventsContract {
    @Override
    PortsUnderTest ports() {
        return PortsUnderTest.mariaDb();
    }
}
