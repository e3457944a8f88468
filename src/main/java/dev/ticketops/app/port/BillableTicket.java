package dev.ticketops.app.port;

import dev.ticketops.domain.TicketNumber;
import java.math.BigDecimal;

/**
 * A closed, billable ticket no invoice has billed yet, with its actual minutes and what the client approved:
 * {@code approvedMaxMinutes} is the approved estimate's maximum plus approved extra time (-1 when the client approved
 * no estimate), {@code estimateRate} the rate the client agreed to (null without an approved estimate).
 */
public record BillableTicket(TicketNumber number, String title, long actualMinutes, long approvedMaxMinutes,
                             BigDecimal estimateRate, String estimateCurrency) {
}
