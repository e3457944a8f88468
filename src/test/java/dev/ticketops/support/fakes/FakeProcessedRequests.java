package dev.ticketops.support.fakes;

import dev.ticketops.app.port.ProcessedRequests;
import java.time.Instant;
import java.util.Optional;

/** Request keys in memory; a key is recorded once. */
public final class FakeProcessedRequests implements ProcessedRequests {
    private final InMemoryTransactions tx;

    public FakeProcessedRequests(InMemoryTransactions tx) {
        this.tx = tx;
    }

    @Override
    public boolean record(String keyHash, String response, Instant now) {
        return tx.tables().requests.putIfAbsent(keyHash, new Tables.RequestRow(response, Tables.micros(now))) == null;
    }

    @Override
    public Optional<String> response(String keyHash) {
        return Optional.ofNullable(tx.tables().requests.get(keyHash)).map(Tables.RequestRow::response);
    }

    @Override
    public int purgeOlderThan(Instant before) {
        var rows = tx.tables().requests.values();
        int n = (int) rows.stream().filter(r -> r.createdAt().isBefore(before)).count();
        rows.removeIf(r -> r.createdAt().isBefore(before));
        return n;
    }
}
