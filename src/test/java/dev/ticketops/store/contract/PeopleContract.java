package dev.ticketops.store.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Role;
import org.junit.jupiter.api.Test;

/** People as every use case meets them (the caller, upserted), on the fake and MariaDB alike. */
abstract class PeopleContract extends PortContract {

    @Test
    void upsert_createsAPersonOncePerPlatformIdentity() {
        Person first = tx(() -> stores.people().upsert(caller("U_ALICE", "alice", Role.CLIENT), T0));
        Person again = tx(() -> stores.people().upsert(caller("U_ALICE", "alice", Role.CLIENT), at(1)));
        Person otherWorkspace = tx(() -> stores.people().upsert(
                new Caller(Platform.SLACK, "T_OTHER", "U_ALICE", "alice", Role.CLIENT), at(2)));
        Person otherPlatform = tx(() -> stores.people().upsert(
                new Caller(Platform.DISCORD, WORKSPACE, "U_ALICE", "alice", Role.CLIENT), at(3)));

        assertThat(again).isEqualTo(first);
        assertThat(first).isEqualTo(new Person(first.id(), Platform.SLACK, WORKSPACE, "U_ALICE", "alice", Role.CLIENT, null));
        assertThat(otherWorkspace.id()).isNotEqualTo(first.id());
        assertThat(otherPlatform.id()).isNotIn(first.id(), otherWorkspace.id());
    }

    @Test
    void upsert_followsTheNameAndRoleThePlatformGivesNow_andKeepsTheClient() {
        long acme = organisation("Acme");
        Person alice = member("U_ALICE", acme);

        Person renamed = tx(() -> stores.people().upsert(caller("U_ALICE", "Alice B.", Role.STAFF), at(5)));

        Person expected = new Person(alice.id(), Platform.SLACK, WORKSPACE, "U_ALICE", "Alice B.", Role.STAFF, acme);
        assertThat(renamed).isEqualTo(expected);
        assertThat(tx(() -> stores.people().byId(alice.id()))).contains(expected);
    }

    @Test
    void byId_ofAnUnknownPerson_isEmpty() {
        Person sam = staff("U_SAM");

        assertThat(tx(() -> stores.people().byId(sam.id() + 1000))).isEmpty();
    }

    @Test
    void firstOfClient_isTheEarliestPersonWhoBelongsToIt() {
        long acme = organisation("Acme");
        long globex = organisation("Globex");
        Person hank = member("U_HANK", globex);
        Person alice = member("U_ALICE", acme);
        member("U_BOB", acme);

        assertThat(tx(() -> stores.people().firstOfClient(acme))).contains(alice);
        assertThat(tx(() -> stores.people().firstOfClient(globex))).contains(hank);
        assertThat(tx(() -> stores.people().firstOfClient(organisation("Initech")))).isEmpty();
    }
}
