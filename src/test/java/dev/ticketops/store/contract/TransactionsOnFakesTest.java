package dev.ticketops.store.contract;

/** The Transactions contract on the in-memory fakes. */
class TransactionsOnFakesTest extends TransactionsContract {
    @Override
    PortsUnderTest ports() {
        return PortsUnderTest.fakes();
    }
}
