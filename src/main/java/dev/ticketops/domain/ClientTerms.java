package dev.ticketops.domain;

import java.util.Objects;
import java.util.Optional;

/** What a client is billed at: hourly rate (with currency), payment term, billing contact and billing channel. */
public record ClientTerms(Money rate, int paymentTermDays, Optional<String> billingContact, Optional<ChannelRef> billingChannel) {
    public ClientTerms {
        Objects.requireNonNull(rate, "rate");
        billingContact = billingContact == null ? Optional.empty() : billingContact;
        billingChannel = billingChannel == null ? Optional.empty() : billingChannel;
    }
}
