package dev.ticketops.store;

import dev.ticketops.app.port.ProcessedRequests;
import java.time.Instant;
import java.util.Optional;

final class MyBatisRequests implements ProcessedRequests {
    private final MyBatisTransactions tx;

    MyBatisRequests(MyBatisTransactions tx) {
        this.tx = tx;
    }

    @Override
    public boolean record(String keyHash, String response, Instant now) {
        try {
            tx.mapper(RequestMapper.class).insert(keyHash, response, Utc.of(now));
            return true;
        } catch (RuntimeException e) {
            if (MyBatisTransactions.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<String> response(String keyHash) {
        return Optional.ofNullable(tx.mapper(RequestMapper.class).response(keyHash));
    }

    @Override
    public int purgeOlderThan(Instant before) {
        return tx.mapper(RequestMapper.class).purge(Utc.of(before));
    }
}
