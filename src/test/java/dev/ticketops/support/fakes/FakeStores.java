package dev.ticketops.support.fakes;

import dev.ticketops.app.Stores;

/**
 * The app's storage ports in memory, sharing one set of tables and one {@link InMemoryTransactions}, for fast
 * use-case tests. The port contract tests (dev.ticketops.store.contract) run the same tests on these and on MariaDB.
 * Not here: DigestQueries, which is SQL reporting (bounded, index-driven queries over every table) and is tested on
 * MariaDB only; {@link #stores()} leaves it null, and so the support clock's Timers and Followups.
 */
public record FakeStores(InMemoryTransactions transactions, FakePeople people, FakeClients clients, FakeTickets tickets,
                         FakeEstimates estimates, FakeTimeEntries timeEntries, FakeTicketEvents events,
                         FakeProcessedRequests processedRequests, FakeOutbox outbox, FakeInvoices invoices,
                         FakeOverruns overruns, FakeTicketThreads threads,
                         FakeTicketMessages messages, FakeTicketStaffing staffing) {

    /** Empty stores, as a freshly migrated database. */
    public static FakeStores empty() {
        InMemoryTransactions tx = new InMemoryTransactions();
        return new FakeStores(tx, new FakePeople(tx), new FakeClients(tx), new FakeTickets(tx), new FakeEstimates(tx),
                new FakeTimeEntries(tx), new FakeTicketEvents(tx), new FakeProcessedRequests(tx), new FakeOutbox(tx),
                new FakeInvoices(tx), new FakeOverruns(tx), new FakeTicketThreads(tx),
                new FakeTicketMessages(tx), new FakeTicketStaffing(tx));
    }

    /** The ports as the composition root hands them over (no DigestQueries: see above). */
    public Stores stores() {
        return new Stores(transactions, people, clients, clients, tickets, estimates, estimates, timeEntries, events,
                processedRequests, outbox, invoices, overruns, null, null, null, threads, messages, staffing, null, null);
    }
}
