package dev.ticketops.app.port;

import dev.ticketops.domain.ChannelRef;
import java.math.BigDecimal;

/** A client's own terms as stored; a null field means "the agency default". */
public record StoredTerms(BigDecimal hourlyRate, String currency, Integer paymentTermDays, String billingContact,
                          ChannelRef billingChannel) {
    public static final StoredTerms DEFAULTS = new StoredTerms(null, null, null, null, null);
}
