package dev.ticketops.support.fakes;

import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Notice;
import dev.ticketops.app.port.StoredTerms;
import dev.ticketops.domain.Approval;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.ClientKind;
import dev.ticketops.domain.Estimate;
import dev.ticketops.domain.InvoiceLine;
import dev.ticketops.domain.InvoiceNumber;
import dev.ticketops.domain.InvoiceStatus;
import dev.ticketops.domain.PaymentMethod;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketEvent;
import dev.ticketops.domain.TicketNumber;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The rows of the in-memory database, one map per table of the schema, keyed like the table. Every row is an
 * immutable record, so a copy of the maps is a snapshot a rollback can return to.
 */
final class Tables {
    record ClientRow(long id, String name, String orgKey, ClientKind kind, Instant createdAt, StoredTerms terms) {
    }

    record LinkRow(ChannelRef channel, long clientId, long linkedBy, Instant linkedAt) {
    }

    record EntryRow(long id, TicketNumber ticket, long personId, int minutes, String note, Instant loggedAt) {
    }

    record EventRow(long id, TicketEvent event) {
    }

    record RequestRow(String response, Instant createdAt) {
    }

    record OutboxRow(long id, Destination destination, Notice notice, String status, int attempts, Instant nextAttemptAt,
                     Instant createdAt, String claimToken, String externalId, Instant sentAt, String lastError) {
        OutboxRow with(String newStatus, int newAttempts, Instant next, String token, String external, Instant sent,
                       String error) {
            return new OutboxRow(id, destination, notice, newStatus, newAttempts, next, createdAt, token, external, sent, error);
        }
    }

    record OverrunRow(long id, TicketNumber ticket, long estimateId, int minutes, String status, Instant requestedAt,
                      Long decidedBy, Instant decidedAt) {
    }

    record OverrideRow(String reason, long grantedBy, Instant grantedAt) {
    }

    record InvoiceRow(long id, InvoiceNumber number, long clientId, LocalDate issueDate, LocalDate dueDate, String currency,
                      BigDecimal total, BigDecimal paid, InvoiceStatus status, String accessToken, long issuedBy,
                      Instant issuedAt, Instant paidAt) {
    }

    record LineRow(long id, long invoiceId, InvoiceLine line) {
    }

    record PaymentRow(long id, long invoiceId, BigDecimal amount, PaymentMethod method, String reference, Long recordedBy,
                      Instant receivedAt, LocalDate paidOn, String zohoPaymentId) {
    }

    record ReminderKey(long invoiceId, LocalDate day) {
    }

    /** ticket_threads, keyed by ticket, side and platform. */
    record ThreadKey(long ticket, String side, String platform) {
    }

    record ThreadRow(ThreadKey key, dev.ticketops.app.port.ThreadRef ref, Instant startedAt) {
    }

    final Map<String, Long> sequences;
    final Map<String, Long> autoIncrement;
    final TreeMap<Long, ClientRow> clients;
    final TreeMap<Long, Person> people;
    final Map<ChannelRef, LinkRow> channelLinks;
    final TreeMap<Long, Ticket> tickets;
    final TreeMap<Long, Estimate> estimates;
    /** By estimate id (unique): the decider's name is read from people, as the store joins it. */
    final TreeMap<Long, Approval> approvals;
    final TreeMap<Long, EntryRow> timeEntries;
    final TreeMap<Long, EventRow> events;
    final Map<String, RequestRow> requests;
    final TreeMap<Long, OutboxRow> outbox;
    final TreeMap<Long, OverrunRow> overruns;
    final Map<Long, OverrideRow> overrides;
    final TreeMap<Long, InvoiceRow> invoices;
    final TreeMap<Long, LineRow> invoiceLines;
    final TreeMap<Long, PaymentRow> payments;
    final Map<ReminderKey, String> reminders;
    final Map<ThreadKey, ThreadRow> threads;
    final TreeMap<Long, dev.ticketops.app.port.ConversationMessage> messages;
    final TreeMap<Long, dev.ticketops.app.port.TicketStaffing.Staffing> staffing;

    /** Empty, as a fresh migration leaves the schema: only the ticket sequence, at 1. */
    Tables() {
        this(new HashMap<>(Map.of("ticket", 1L)), new HashMap<>(), new TreeMap<>(), new TreeMap<>(), new LinkedHashMap<>(),
                new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new HashMap<>(),
                new TreeMap<>(), new TreeMap<>(), new HashMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
                new HashMap<>(), new LinkedHashMap<>(), new TreeMap<>(), new TreeMap<>());
    }

    private Tables(Map<String, Long> sequences, Map<String, Long> autoIncrement, TreeMap<Long, ClientRow> clients,
                   TreeMap<Long, Person> people, Map<ChannelRef, LinkRow> channelLinks, TreeMap<Long, Ticket> tickets,
                   TreeMap<Long, Estimate> estimates, TreeMap<Long, Approval> approvals, TreeMap<Long, EntryRow> timeEntries,
                   TreeMap<Long, EventRow> events, Map<String, RequestRow> requests, TreeMap<Long, OutboxRow> outbox,
                   TreeMap<Long, OverrunRow> overruns, Map<Long, OverrideRow> overrides, TreeMap<Long, InvoiceRow> invoices,
                   TreeMap<Long, LineRow> invoiceLines, TreeMap<Long, PaymentRow> payments, Map<ReminderKey, String> reminders,
                   Map<ThreadKey, ThreadRow> threads, TreeMap<Long, dev.ticketops.app.port.ConversationMessage> messages,
                   TreeMap<Long, dev.ticketops.app.port.TicketStaffing.Staffing> staffing) {
        this.sequences = sequences;
        this.autoIncrement = autoIncrement;
        this.clients = clients;
        this.people = people;
        this.channelLinks = channelLinks;
        this.tickets = tickets;
        this.estimates = estimates;
        this.approvals = approvals;
        this.timeEntries = timeEntries;
        this.events = events;
        this.requests = requests;
        this.outbox = outbox;
        this.overruns = overruns;
        this.overrides = overrides;
        this.invoices = invoices;
        this.invoiceLines = invoiceLines;
        this.payments = payments;
        this.reminders = reminders;
        this.threads = threads;
        this.messages = messages;
        this.staffing = staffing;
    }

    /** A snapshot: new maps holding the same (immutable) rows. */
    Tables copy() {
        return new Tables(new HashMap<>(sequences), new HashMap<>(autoIncrement), new TreeMap<>(clients), new TreeMap<>(people),
                new LinkedHashMap<>(channelLinks), new TreeMap<>(tickets), new TreeMap<>(estimates), new TreeMap<>(approvals),
                new TreeMap<>(timeEntries), new TreeMap<>(events), new HashMap<>(requests), new TreeMap<>(outbox),
                new TreeMap<>(overruns), new HashMap<>(overrides), new TreeMap<>(invoices), new TreeMap<>(invoiceLines),
                new TreeMap<>(payments), new HashMap<>(reminders), new LinkedHashMap<>(threads),
                new TreeMap<>(messages), new TreeMap<>(staffing));
    }

    /** The next AUTO_INCREMENT id of {@code table}, from 1. */
    long nextId(String table) {
        return autoIncrement.merge(table, 1L, Long::sum);
    }

    Ticket ticket(TicketNumber n) {
        Ticket t = tickets.get(n.value());
        if (t == null) {
            throw new ForeignKeyViolation("tickets", n.value());
        }
        return t;
    }

    Person person(long id) {
        Person p = people.get(id);
        if (p == null) {
            throw new ForeignKeyViolation("people", id);
        }
        return p;
    }

    ClientRow client(long id) {
        ClientRow c = clients.get(id);
        if (c == null) {
            throw new ForeignKeyViolation("clients", id);
        }
        return c;
    }

    /** DATETIME(6) keeps microseconds: what the database gives back. */
    static Instant micros(Instant i) {
        return i == null ? null : i.truncatedTo(ChronoUnit.MICROS);
    }

    /** A row that names a parent row which does not exist (MariaDB error 1452). */
    static final class ForeignKeyViolation extends RuntimeException {
        ForeignKeyViolation(String table, Object key) {
            super("no row " + key + " in " + table + " (foreign key)");
        }
    }

    /** A second row with the same unique key (MariaDB error 1062). */
    static final class DuplicateKey extends RuntimeException {
        DuplicateKey(String table, Object key) {
            super("duplicate key " + key + " in " + table);
        }
    }
}
