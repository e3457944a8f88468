package dev.ticketops.app;

import dev.ticketops.app.port.Clients;
import dev.ticketops.domain.ClientTerms;
import dev.ticketops.domain.Money;
import java.util.Optional;

/** A client's terms as they apply: its own where set, else the agency's defaults. */
public final class EffectiveTerms {
    private final Clients clients;
    private final BillingDefaults billing;

    public EffectiveTerms(Clients clients, BillingDefaults billing) {
        this.clients = clients;
        this.billing = billing;
    }

    public ClientTerms of(long clientId) {
        var t = clients.terms(clientId);
        var rate = t.hourlyRate() == null ? billing.hourlyRate()
                : new Money(t.hourlyRate(), t.currency() == null ? agencyCurrency() : t.currency());
        return new ClientTerms(rate, t.paymentTermDays() == null ? billing.paymentTermDays() : t.paymentTermDays(),
                Optional.ofNullable(t.billingContact()), Optional.ofNullable(t.billingChannel()));
    }

    /** The currency of the agency's default rate: new rates and agency-wide balances are in it. */
    public String agencyCurrency() {
        return billing.hourlyRate().currency();
    }
}
