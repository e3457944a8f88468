package dev.ticketops.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ticketops.app.port.Notice;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.store.StoredNotices;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a change left behind in the database, read with plain SQL so a test asserts the side effect itself rather
 * than what the code under test says about it: the audit trail, the outbox (every message, whatever its status) and
 * the payments.
 */
public final class Records {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestDatabases.Target db;

    public Records(TestDatabases.Target db) {
        this.db = db;
    }

    public static Records of(World w) {
        return new Records(w.db.target());
    }

    /** One line of the audit trail. */
    public record Event(Long ticket, String actor, String platform, String kind, String detail) {
    }

    /**
     * One outbox message: where it goes, what kind, its facts (the stored notice's fields, or the facts of a row queued
     * before notices were typed), and how far delivery got.
     */
    public record Message(long id, String channel, boolean direct, Notice.Kind kind, Long ticket, Map<String, String> facts,
                          String status, int attempts, String payload) {
        public String fact(String name) {
            return facts.getOrDefault(name, "");
        }

        /** The typed notice of this row, as delivery reads it. */
        public <N extends Notice> N notice(Class<N> type) {
            return type.cast(StoredNotices.read(kind.name(), ticket, payload));
        }
    }

    public record Payment(String invoice, BigDecimal amount, String method, String reference, String recordedBy) {
    }

    /** The ticket's audit trail, oldest first. */
    public List<Event> events(TicketNumber ticket) {
        return events("e.ticket_number = ?", ticket.value());
    }

    /** Audit entries of a kind that belong to no ticket (payments, terms, links), oldest first. */
    public List<Event> events(String kind) {
        return events("e.kind = ?", kind);
    }

    public List<String> kinds(TicketNumber ticket) {
        return events(ticket).stream().map(Event::kind).toList();
    }

    private List<Event> events(String where, Object arg) {
        return query("SELECT e.ticket_number, p.display_name, e.platform, e.kind, e.detail FROM ticket_events e"
                + " LEFT JOIN people p ON p.id = e.actor_id WHERE " + where + " ORDER BY e.id", arg, rs -> new Event(
                (Long) rs.getObject(1, Long.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
    }

    /** Every outbox message, oldest first. */
    public List<Message> outbox() {
        return query("SELECT id, channel_id, kind, ticket_number, payload, status, attempts FROM outbox WHERE ? ORDER BY id", 1,
                rs -> {
                    JsonNode payload = readJson(rs.getString(5));
                    Map<String, String> facts = payload.hasNonNull("notice") ? fields(payload.get("notice"))
                            : JSON.convertValue(payload.get("facts"), new TypeReference<Map<String, String>>() {
                            });
                    return new Message(rs.getLong(1), rs.getString(2), payload.path("direct").asBoolean(),
                            Notice.Kind.valueOf(rs.getString(3)), (Long) rs.getObject(4, Long.class), facts,
                            rs.getString(6), rs.getInt(7), rs.getString(5));
                });
    }

    /** A stored notice's fields as text: plain values as they are, numbers in digits, nested values as JSON, nulls left out. */
    private static Map<String, String> fields(JsonNode notice) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        notice.fields().forEachRemaining(e -> {
            if (!e.getValue().isNull()) {
                fields.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
            }
        });
        return fields;
    }

    public List<Message> outbox(Notice.Kind kind) {
        return outbox().stream().filter(m -> m.kind() == kind).toList();
    }

    /** The payments recorded against an invoice, oldest first. */
    public List<Payment> payments(String invoiceNumber) {
        return query("SELECT i.number, p.amount, p.method, p.reference, pe.display_name FROM payments p"
                + " JOIN invoices i ON i.id = p.invoice_id JOIN people pe ON pe.id = p.recorded_by"
                + " WHERE i.number = ? ORDER BY p.id", invoiceNumber, rs -> new Payment(rs.getString(1), rs.getBigDecimal(2),
                rs.getString(3), rs.getString(4), rs.getString(5)));
    }

    /** A single number from the database, e.g. a count. */
    public long count(String sql, Object arg) {
        return query(sql, arg, rs -> rs.getLong(1)).get(0);
    }

    /**
     * Waits until no outbox message is waiting or being sent: every one is SENT or FAILED for good, so no further
     * delivery can happen and a test may count what arrived. Returns the outbox; fails after {@code max}.
     */
    public List<Message> awaitOutboxSettled(java.time.Duration max) {
        java.time.Instant deadline = java.time.Instant.now().plus(max);
        while (count("SELECT COUNT(*) FROM outbox WHERE status IN ('PENDING', 'SENDING') AND ?", 1) > 0) {
            if (java.time.Instant.now().isAfter(deadline)) {
                throw new AssertionError("the outbox did not settle within " + max + ": " + outbox());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        return outbox();
    }

    /** A single amount from the database, e.g. a sum of invoice lines. */
    public BigDecimal decimal(String sql, Object arg) {
        return query(sql, arg, rs -> rs.getBigDecimal(1)).get(0);
    }

    /** A column of amounts from the database, e.g. the lines of an invoice. */
    public List<BigDecimal> decimals(String sql, Object arg) {
        return query(sql, arg, rs -> rs.getBigDecimal(1));
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Object arg, Row<T> row) {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.read(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static JsonNode readJson(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new IllegalStateException("outbox payload is not JSON: " + s, e);
        }
    }
}
