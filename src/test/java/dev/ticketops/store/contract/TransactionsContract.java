package dev.ticketops.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ticketops.domain.ClientKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the use cases and the once-per-request boundary rely on from Transactions, on the fake and MariaDB alike. */
abstract class TransactionsContract extends PortContract {

    @Test
    void whatTheWorkWrote_isKept_andItsResultReturned() {
        long id = tx(() -> stores.clients().create("Acme", ClientKind.ORGANISATION, T0));

        assertThat(tx(() -> stores.clients().byId(id))).isPresent();
    }

    @Test
    void whenTheWorkThrows_nothingItWroteIsKept_andTheExceptionComesThrough() {
        IllegalStateException boom = new IllegalStateException("boom");

        assertThatThrownBy(() -> tx(() -> {
            stores.clients().create("Acme", ClientKind.ORGANISATION, T0);
            stores.processedRequests().record("k".repeat(64), "answer", T0);
            throw boom;
        })).isSameAs(boom);

        assertThat(tx(() -> stores.clients().named("Acme"))).isEmpty();
        assertThat(tx(() -> stores.processedRequests().response("k".repeat(64)))).isEmpty();
    }

    @Test
    void aNestedCall_joinsTheOpenTransaction_andRollsBackWithIt() {
        assertThatThrownBy(() -> tx(() -> {
            tx(() -> stores.clients().create("Inner", ClientKind.ORGANISATION, T0));
            throw new IllegalStateException("the outer work failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(tx(() -> stores.clients().named("Inner"))).isEmpty();
    }

    @Test
    void afterCommit_runsOnceAfterTheOutermostCommit_notOnRollback() {
        List<String> seen = new ArrayList<>();
        Runnable once = () -> seen.add("once");

        run(() -> {
            stores.transactions().afterCommit(once);
            run(() -> stores.transactions().afterCommit(once));
            stores.transactions().afterCommit(() -> seen.add("other"));
            assertThat(seen).isEmpty();
        });
        try {
            run(() -> {
                stores.transactions().afterCommit(() -> seen.add("rolled back"));
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }

        assertThat(seen).containsExactly("once", "other");
    }

    @Test
    void anAfterCommitAction_mayOpenANewTransaction() {
        List<Long> created = new ArrayList<>();

        run(() -> stores.transactions().afterCommit(() -> created.add(
                tx(() -> stores.clients().create("Later", ClientKind.ORGANISATION, T0)))));

        assertThat(created).hasSize(1);
        assertThat(tx(() -> stores.clients().byId(created.get(0)))).isPresent();
    }

    @Test
    void afterCommit_outsideATransaction_fails() {
        assertThatThrownBy(() -> stores.transactions().afterCommit(() -> { })).isInstanceOf(IllegalStateException.class);
    }
}
