package dev.ticketops.store.contract;

/** The Invoices contract on the in-memory fakes. */
class InvoicesOnFakesTest extends InvoicesContract {
    @Override
    PortsUnderTest ports() {
        return PortsUnderTest.fakes();
    }
}
