package dev.ticketops.app;

import dev.ticketops.app.port.Approvals;
import dev.ticketops.app.port.ChannelLinks;
import dev.ticketops.app.port.Clients;
import dev.ticketops.app.port.DigestQueries;
import dev.ticketops.app.port.Estimates;
import dev.ticketops.app.port.Followups;
import dev.ticketops.app.port.Timers;
import dev.ticketops.app.port.Invoices;
import dev.ticketops.app.port.Overruns;
import dev.ticketops.app.port.Outbox;
import dev.ticketops.app.port.People;
import dev.ticketops.app.port.PortalAccess;
import dev.ticketops.app.port.PortalQueries;
import dev.ticketops.app.port.ProcessedRequests;
import dev.ticketops.app.port.TicketEvents;
import dev.ticketops.app.port.TicketThreads;
import dev.ticketops.app.port.TicketMessages;
import dev.ticketops.app.port.TicketStaffing;
import dev.ticketops.app.port.Tickets;
import dev.ticketops.app.port.TimeEntries;
import dev.ticketops.app.port.Transactions;

/** The storage ports the use cases share, handed over as one value by the composition root. */
public record Stores(Transactions transactions, People people, Clients clients, ChannelLinks channelLinks,
                     Tickets tickets, Estimates estimates, Approvals approvals, TimeEntries timeEntries,
                     TicketEvents events, ProcessedRequests processedRequests, Outbox outbox, Invoices invoices,
                     Overruns overruns, DigestQueries digests, Timers timers, Followups followups, TicketThreads threads,
                     TicketMessages messages, TicketStaffing staffing, PortalAccess portal,
                     PortalQueries portalQueries) {
}
