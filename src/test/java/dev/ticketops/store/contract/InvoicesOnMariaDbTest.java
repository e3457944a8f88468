package dev.ticketops.store.contract;

/** The Invoices contract on the MyBatis stores and a real MariaDB. */
class InvoicesOnMariaDbTest extends InvoicesContract {
    @Override
    PortsUnderTest ports() {
        return PortsUnderTest.mariaDb();
    }
}
