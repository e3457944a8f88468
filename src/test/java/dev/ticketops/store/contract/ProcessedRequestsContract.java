package dev.ticketops.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Request keys as the once-per-request boundary uses them, on the fake and MariaDB alike. */
abstract class ProcessedRequestsContract extends PortContract {
    private static final String KEY = "a".repeat(64);
    private static final String OTHER = "b".repeat(64);

    @Test
    void aKey_isRecordedOnce_andKeepsTheFirstAnswer() {
        boolean first = tx(() -> stores.processedRequests().record(KEY, "first answer", T0));
        boolean second = tx(() -> stores.processedRequests().record(KEY, "second answer", at(1)));

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(tx(() -> stores.processedRequests().response(KEY))).contains("first answer");
        assertThat(tx(() -> stores.processedRequests().response(OTHER))).isEmpty();
    }

    @Test
    void aKeyRecordedInARolledBackTransaction_isNotRecorded() {
        try {
            tx(() -> {
                stores.processedRequests().record(KEY, "answer", T0);
                throw new IllegalStateException("the work failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }

        assertThat(tx(() -> stores.processedRequests().response(KEY))).isEmpty();
        assertThat(tx(() -> stores.processedRequests().record(KEY, "answer", at(1)))).isTrue();
    }

    @Test
    void purgeOlderThan_forgetsOlderKeysOnly_andCountsThem() {
        run(() -> {
            stores.processedRequests().record(KEY, "old", at(0));
            stores.processedRequests().record(OTHER, "new", at(10));
        });

        int purged = tx(() -> stores.processedRequests().purgeOlderThan(at(10)));

        assertThat(purged).isEqualTo(1);
        assertThat(tx(() -> stores.processedRequests().response(KEY))).isEmpty();
        assertThat(tx(() -> stores.processedRequests().response(OTHER))).contains("new");
    }
}
