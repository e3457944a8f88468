package dev.ticketops.store;

import dev.ticketops.slack.SlackSyntax;
import dev.ticketops.chat.Syntax;
import dev.ticketops.chat.MessageSender;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Notice;
import dev.ticketops.app.port.PendingMessage;
import dev.ticketops.chat.ActionCodec;
import dev.ticketops.chat.Reply;
import dev.ticketops.domain.BillingPolicy;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.Digest;
import dev.ticketops.domain.EstimateRange;
import dev.ticketops.domain.InvoiceNumber;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.PaymentMethod;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.jobs.OutboxRelay;
import dev.ticketops.support.World;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Outbox notices are stored as JSON with a kind discriminator and read back as the records they were; rows queued
 * before notices were typed (a kind column and a map of facts, some already written for people) still arrive as they
 * would have.
 */
class OutboxNoticeFormatTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final World w = new World();
    private final TicketNumber n = w.open("Printer jams");

    @AfterEach
    void close() {
        w.close();
    }

    @Test
    void everyKindOfNotice_isReadBackAsTheRecordItWas_andStoredUnderItsKind() throws Exception {
        List<Notice> all = List.of(
                new Notice.EstimatePosted(n, 5, "Printer jams", new EstimateRange(120, 180), Money.usd("12.50"),
                        "This is a billable support request.", "sam", null),
                new Notice.EstimateDecided(n, "Printer jams", Decision.DECLINED, new EstimateRange(90, 90), "alice",
                        Instant.parse("2026-11-02T10:15:30.123456Z")),
                new Notice.TicketClosed(n, "Printer jams", "Replaced the roller\nand cleaned it", 75, "sam"),
                new Notice.TicketReopened(n, "Printer jams"),
                new Notice.OverrunRequested(n, 7, "Printer jams", 30, 60, 90, "sam"),
                new Notice.InvoiceIssued(new InvoiceNumber(2026, 3), "Acme Corp", Money.of("22.00", "EUR"),
                        LocalDate.parse("2026-11-02"), LocalDate.parse("2026-11-09"), "http://localhost/invoices/INV-2026-0003?t=x",
                        List.of("Ticket #1 – First: $16.00", "Ticket #2 – Second: $6.00")),
                new Notice.InvoiceReminder(new InvoiceNumber(2026, 3), BillingPolicy.ReminderKind.OVERDUE, Money.usd("14.00"),
                        LocalDate.parse("2026-10-20"), "http://localhost/i", 13),
                new Notice.PaymentReceived(new InvoiceNumber(2026, 3), Money.usd("10.00"), PaymentMethod.PAYPAL,
                        Money.usd("4.00"), false),
                new Notice.DailyDigest(new Digest("Acme Corp", LocalDate.parse("2026-11-02"),
                        List.of(new Digest.Section("New tickets", List.of("#1 Printer jams", "#2 Mail"), 3)))),
                new Notice.EstimateCardDecided(n, "Printer jams", "This is a billable support request.", Decision.APPROVED,
                        "alice", Instant.parse("2026-11-02T10:15:30Z")),
                new Notice.ExtraTimeCardDecided(n, "Printer jams", 90, Decision.DECLINED, "carol"),
                new Notice.TimerRunningLong(n, "Printer jams", 250, Instant.parse("2026-11-02T10:15:30Z")),
                new Notice.TargetAtRisk(n, "Printer jams", "Acme Corp", "first response", Instant.parse("2026-11-02T13:00:00Z"),
                        "Mon 2 Nov 13:00 (UTC)", true),
                new Notice.OutOfHours(n, "Printer jams", "Mon-Fri 09:00-18:00 (UTC)", "Mon 2 Nov 13:00 (UTC)"),
                new Notice.ApprovalReminder(n, "Printer jams", 3, 11),
                new Notice.ClosedWithoutApproval(n, "Printer jams", 14));
        assertThat(all).extracting(Notice::kind).containsExactlyInAnyOrder(Notice.Kind.values());

        w.ctx.tx(() -> {
            all.forEach(x -> w.ctx.stores().outbox().enqueue(new Destination(Platform.SLACK, World.WORKSPACE, "C1", false), x,
                    w.clock.instant()));
            return null;
        });

        List<PendingMessage> read = w.ctx.tx(() -> w.database().outboxQueue().lockDue(w.clock.instant(), 50,
                EnumSet.allOf(Platform.class)));
        assertThat(read).extracting(PendingMessage::notice).containsExactlyElementsOf(all);
        for (Map<String, Object> row : rows("SELECT kind, ticket_number, payload FROM outbox ORDER BY id")) {
            var stored = JSON.readTree((String) row.get("payload")).get("notice");
            assertThat(stored.get("kind").asText()).isEqualTo(row.get("kind"));
        }
        assertThat(rows("SELECT ticket_number FROM outbox WHERE kind = 'OVERRUN_REQUESTED'"))
                .singleElement().satisfies(r -> assertThat(r.get("ticket_number")).isEqualTo(n.value()));
        assertThat(rows("SELECT ticket_number FROM outbox WHERE kind = 'PAYMENT_RECEIVED'"))
                .singleElement().satisfies(r -> assertThat(r.get("ticket_number")).isNull());
    }

    @Test
    void rowsQueuedInTheOldMapFormat_areDeliveredAsBefore() {
        oldRow("OVERRUN_REQUESTED", n, "C1", null, "{\"requestId\":\"7\",\"title\":\"Printer jams\",\"extra\":\"30 minutes\","
                + "\"approved\":\"1 hour\",\"logged\":\"1.5 hours\",\"by\":\"sam\"}");
        oldRow("ESTIMATE_POSTED", n, "C1", null, "{\"estimateId\":\"5\",\"title\":\"Printer jams\",\"range\":\"2–3 hours\","
                + "\"rate\":\"$12\",\"text\":\"This is a billable support request.\",\"estimator\":\"sam\"}");
        oldRow("INVOICE_REMINDER", null, "C2", null, "{\"number\":\"INV-2026-0003\",\"kind\":\"OVERDUE\",\"balance\":\"$14.00\","
                + "\"due\":\"2026-10-20\",\"url\":\"http://localhost/i\",\"days\":\"13\"}");
        oldRow("PAYMENT_RECEIVED", null, "C2", null, "{\"number\":\"INV-2026-0003\",\"amount\":\"$10.00\",\"method\":\"Wise\","
                + "\"balance\":\"$0.00\",\"full\":\"true\"}");
        oldRow("DIGEST", null, "C3", null, "{\"day\":\"2026-11-02\",\"audience\":\"staff\","
                + "\"section.0\":\"New tickets\\u001f#1 Printer jams\\n#2 Mail\\u001f3\"}");
        oldRow("EXTRA_TIME_CARD_DECIDED", n, "C1", "1700000000.000100", "{\"title\":\"Printer jams\",\"extra\":\"1.5 hours\","
                + "\"decision\":\"APPROVED\",\"by\":\"carol\"}");

        List<Destination> to = new ArrayList<>();
        List<Reply> sent = new ArrayList<>();
        try (OutboxRelay relay = new OutboxRelay(w.database().transactions(), w.database().outboxQueue(),
                Map.of(Platform.SLACK, new MessageSender() {
                    @Override
                    public String send(Destination d, Reply reply) {
                        to.add(d);
                        sent.add(reply);
                        return "ts-" + sent.size();
                    }

                    @Override
                    public Syntax syntax() {
                        return SlackSyntax.INSTANCE;
                    }
                }), w.clock, Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(15))) {
            assertThat(relay.drain()).isEqualTo(6);
        }

        assertThat(rows("SELECT status FROM outbox")).extracting(r -> r.get("status")).containsOnly("SENT");
        Reply overrun = sent.get(0);
        assertThat(overrun.title()).isEqualTo("Extra time for ticket " + n + " – Printer jams");
        assertThat(overrun.text()).startsWith("The work has taken 1.5 hours so far, which is 30 minutes more than the approved 1 hour.");
        assertThat(overrun.buttons()).extracting(Reply.Button::value).containsExactly(
                ActionCodec.encodeExtra(Decision.APPROVED, n, 7), ActionCodec.encodeExtra(Decision.DECLINED, n, 7));
        Reply estimate = sent.get(1);
        assertThat(estimate.title()).isEqualTo("Estimate for ticket " + n + " – Printer jams");
        assertThat(estimate.text()).isEqualTo("This is a billable support request.");
        assertThat(estimate.buttons()).extracting(Reply.Button::value).containsExactly(
                ActionCodec.encode(Decision.APPROVED, n, 5), ActionCodec.encode(Decision.DECLINED, n, 5));
        Reply reminder = sent.get(2);
        assertThat(reminder.tone()).isEqualTo(Reply.Tone.WARNING);
        assertThat(reminder.title()).isEqualTo("Overdue: invoice INV-2026-0003 was due 13 days ago");
        assertThat(reminder.text()).isEqualTo("Balance: $14.00 (due 2026-10-20).\nhttp://localhost/i"
                + "\nNew work on your tickets is paused until it is paid.");
        assertThat(sent.get(3).text()).isEqualTo("Payment of $10.00 by Wise received for invoice INV-2026-0003 — paid in full. Thank you!");
        Reply digest = sent.get(4);
        assertThat(digest.title()).isEqualTo("Daily digest — Mon 2 Nov 2026");
        assertThat(digest.fields()).singleElement().satisfies(f -> {
            assertThat(f.label()).isEqualTo("New tickets");
            assertThat(f.value()).isEqualTo("• #1 Printer jams\n• #2 Mail\n…and 3 more");
        });
        Reply card = sent.get(5);
        assertThat(card.text()).isEqualTo("@carol approved 1.5 hours beyond the estimate; it will be billed as actual time.");
        assertThat(card.replaceOriginal()).isTrue();
        assertThat(to.get(5).replaces().messageId()).isEqualTo("1700000000.000100");
        assertThat(to).extracting(Destination::id).containsExactly("C1", "C1", "C2", "C2", "C3", "C1");
    }

    /** A row as the first release wrote it: the facts map in the payload, no typed notice. */
    private void oldRow(String kind, TicketNumber ticket, String channel, String replacesMessage, String facts) {
        String payload = "{\"direct\":false,\"facts\":" + facts + ",\"replacesMessage\":"
                + (replacesMessage == null ? "null" : "\"" + replacesMessage + "\"") + ",\"replacesHandle\":null}";
        try (Connection c = w.db.target().connect(); PreparedStatement s = c.prepareStatement("INSERT INTO outbox"
                + " (platform, workspace_id, channel_id, kind, ticket_number, payload, status, attempts, next_attempt_at, created_at)"
                + " VALUES ('SLACK', ?, ?, ?, ?, ?, 'PENDING', 0, '2026-11-02 08:00:00', '2026-11-02 08:00:00')")) {
            s.setString(1, World.WORKSPACE);
            s.setString(2, channel);
            s.setString(3, kind);
            s.setObject(4, ticket == null ? null : ticket.value());
            s.setString(5, payload);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private List<Map<String, Object>> rows(String sql) {
        try (Connection c = w.db.target().connect(); PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
