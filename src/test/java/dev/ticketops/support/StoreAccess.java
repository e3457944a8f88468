package dev.ticketops.support;

import dev.ticketops.app.BillingDefaults;
import dev.ticketops.app.Stores;
import java.util.function.Supplier;

/** What a test reads and arranges directly in the database, beside the use cases: the stores, in a transaction. */
public record StoreAccess(Stores stores, BillingDefaults billing) {
    public <T> T tx(Supplier<T> work) {
        return stores.transactions().inTransaction(work);
    }
}
