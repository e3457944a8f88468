package dev.ticketops.store.contract;

/** The Outbox contract on the MyBatis stores and a real MariaDB. */
class OutboxOnMariaDbTest extends OutboxContract {
    @Override
    PortsUnderTest ports() {
        return PortsUnderTest.mariaDb();
    }
}
