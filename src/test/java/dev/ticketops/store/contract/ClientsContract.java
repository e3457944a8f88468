package dev.ticketops.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ticketops.app.port.StoredTerms;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Client;
import dev.ticketops.domain.ClientKind;
import dev.ticketops.domain.Person;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Clients, their terms and their linked channels, as billing and linking use them, on the fake and MariaDB alike. */
abstract class ClientsContract extends PortContract {

    @Test
    void create_thenByIdAndLock_giveTheClientBack() {
        long acme = organisation("Acme Corp");
        long jo = tx(() -> stores.clients().create("Jo Doe", ClientKind.INDIVIDUAL, T0));

        assertThat(tx(() -> stores.clients().byId(acme))).contains(new Client(acme, "Acme Corp", ClientKind.ORGANISATION));
        assertThat(tx(() -> stores.clients().lock(jo))).contains(new Client(jo, "Jo Doe", ClientKind.INDIVIDUAL));
        assertThat(tx(() -> stores.clients().byId(jo + 1000))).isEmpty();
        assertThat(tx(() -> stores.clients().lock(jo + 1000))).isEmpty();
    }

    @Test
    void organisationNamed_ignoresCaseAndSpacing_andFindsNoIndividual() {
        long acme = organisation("Acme Corp");
        tx(() -> stores.clients().create("Jo Doe", ClientKind.INDIVIDUAL, T0));

        assertThat(tx(() -> stores.clients().organisationNamed("  acme   CORP "))).map(Client::id).contains(acme);
        assertThat(tx(() -> stores.clients().organisationNamed("Jo Doe"))).isEmpty();
        assertThat(tx(() -> stores.clients().organisationNamed("Globex"))).isEmpty();
    }

    @Test
    void aSecondOrganisationOfTheSameName_fails_butIndividualsMayShareAName() {
        organisation("Acme Corp");

        assertThatThrownBy(() -> organisation("ACME  corp")).isInstanceOf(RuntimeException.class);
        long one = tx(() -> stores.clients().create("Jo Doe", ClientKind.INDIVIDUAL, T0));
        long two = tx(() -> stores.clients().create("Jo Doe", ClientKind.INDIVIDUAL, T0));
        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void named_findsEveryKindIgnoringCase_oldestFirst() {
        long org = organisation("Jo Doe");
        long person = tx(() -> stores.clients().create("jo doe", ClientKind.INDIVIDUAL, T0));
        organisation("Jo Doe Ltd");

        assertThat(tx(() -> stores.clients().named(" JO DOE "))).extracting(Client::id).containsExactly(org, person);
        assertThat(tx(() -> stores.clients().named("Nobody"))).isEmpty();
    }

    @Test
    void terms_ofANewOrUnknownClient_areTheDefaults() {
        long acme = organisation("Acme");

        assertThat(tx(() -> stores.clients().terms(acme))).isEqualTo(StoredTerms.DEFAULTS);
        assertThat(tx(() -> stores.clients().terms(acme + 1000))).isEqualTo(StoredTerms.DEFAULTS);
    }

    @Test
    void updateTerms_storesThemAsGiven_withTheRateInCents() {
        long acme = organisation("Acme");
        ChannelRef billing = channel("C_BILLING");

        run(() -> stores.clients().updateTerms(acme, new StoredTerms(new BigDecimal("95.5"), "EUR", 14, "ap@acme.test", billing)));

        assertThat(tx(() -> stores.clients().terms(acme)))
                .isEqualTo(new StoredTerms(new BigDecimal("95.50"), "EUR", 14, "ap@acme.test", billing));
        run(() -> stores.clients().updateTerms(acme, StoredTerms.DEFAULTS));
        assertThat(tx(() -> stores.clients().terms(acme))).isEqualTo(StoredTerms.DEFAULTS);
    }

    @Test
    void setBillingChannelIfEmpty_setsTheFirstChannelOnly() {
        long acme = organisation("Acme");

        run(() -> stores.clients().setBillingChannelIfEmpty(acme, channel("C_FIRST")));
        run(() -> stores.clients().setBillingChannelIfEmpty(acme, channel("C_SECOND")));

        assertThat(tx(() -> stores.clients().terms(acme).billingChannel())).isEqualTo(channel("C_FIRST"));
    }

    @Test
    void clientOf_anUnlinkedChannel_isEmpty() {
        assertThat(tx(() -> stores.channelLinks().clientOf(channel("C_NOWHERE")))).isEmpty();
    }

    @Test
    void link_thenRelink_movesTheChannelToTheNewClient() {
        long acme = organisation("Acme");
        long globex = organisation("Globex");
        Person sam = staff("U_SAM");
        ChannelRef c = channel("C_SHARED");

        run(() -> stores.channelLinks().link(c, acme, sam.id(), at(1)));
        assertThat(tx(() -> stores.channelLinks().clientOf(c))).contains(acme);

        run(() -> stores.channelLinks().link(c, globex, sam.id(), at(2)));
        assertThat(tx(() -> stores.channelLinks().clientOf(c))).contains(globex);
        assertThat(tx(() -> stores.channelLinks().channelsOf(acme))).isEmpty();
        assertThat(tx(() -> stores.channelLinks().channelsOf(globex))).containsExactly(c);
    }

    @Test
    void channelsOf_isOldestLinkFirst_aRelinkCountingFromItsNewTime() {
        long acme = organisation("Acme");
        Person sam = staff("U_SAM");
        run(() -> {
            stores.channelLinks().link(channel("C_B"), acme, sam.id(), at(1));
            stores.channelLinks().link(channel("C_A"), acme, sam.id(), at(1));
            stores.channelLinks().link(channel("C_OLD"), acme, sam.id(), at(0));
            stores.channelLinks().link(channel("C_LATE"), acme, sam.id(), at(2));
        });
        assertThat(tx(() -> stores.channelLinks().channelsOf(acme)))
                .containsExactly(channel("C_OLD"), channel("C_A"), channel("C_B"), channel("C_LATE"));

        run(() -> stores.channelLinks().link(channel("C_OLD"), acme, sam.id(), at(3)));

        assertThat(tx(() -> stores.channelLinks().channelsOf(acme)))
                .containsExactly(channel("C_A"), channel("C_B"), channel("C_LATE"), channel("C_OLD"));
    }
}
