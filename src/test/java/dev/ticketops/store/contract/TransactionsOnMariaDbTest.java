package dev.ticketops.store.contract;

/** The Transactions contract on the MyBatis stores and a real MariaDB. */
class TransactionsOnMariaDbTest extends TransactionsContract {
    @Override
    PortsUnderTest ports() {
        return PortsUnderTest.mariaDb();
    }
}
