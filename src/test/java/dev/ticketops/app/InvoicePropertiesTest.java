package dev.ticketops.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.chat.ActionCodec;
import dev.ticketops.chat.Reply;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Decision;
import dev.ticketops.domain.Invoice;
import dev.ticketops.domain.InvoiceNumber;
import dev.ticketops.domain.InvoiceStatus;
import dev.ticketops.domain.Role;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.support.Records;
import dev.ticketops.support.World;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Invoices issued and paid through the use cases, on a real MariaDB, checked against arithmetic done independently in
 * whole cents: per-line rounding never drifts from the stored total, and no sequence of payments overpays. Each try
 * uses a client of its own; the property's tries share one database.
 */
class InvoicePropertiesTest {
    static final Pattern INVOICE = Pattern.compile("INV-\\d{4}-\\d{4}");

    World w;
    Records records;

    @BeforeProperty
    void open() {
        w = new World();
        records = Records.of(w);
    }

    @AfterProperty
    void close() {
        w.close();
    }

    /** A new client with its own linked channel and contact. */
    private record Client(String name, ChannelRef channel, Caller contact) {
    }

    private Client newClient() {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Client c = new Client("Client " + id, World.channel("C_" + id), World.person("U_" + id, "c" + id, Role.CLIENT));
        assertThat(w.say(w.staff, c.channel(), "/ticket", "link " + c.name()).tone()).isEqualTo(Reply.Tone.SUCCESS);
        return c;
    }

    private void closedTicket(Client c, int minutes) {
        TicketNumber n = w.open(c.contact(), c.channel(), "Work of " + minutes + " minutes");
        assertThat(w.say(w.staff, c.channel(), "/estimate", n + " 10h").tone()).isEqualTo(Reply.Tone.SUCCESS);
        long e = w.ctx.tx(() -> w.ctx.stores().estimates().current(n).orElseThrow().id());
        assertThat(w.click(c.contact(), c.channel(), ActionCodec.encode(Decision.APPROVED, n, e)).tone()).isEqualTo(Reply.Tone.SUCCESS);
        assertThat(w.say(w.staff, c.channel(), "/log", minutes + "m " + n).tone()).isNotEqualTo(Reply.Tone.REFUSAL);
        assertThat(w.say(w.staff, c.channel(), "/ticket", "close " + n + " done").tone()).isEqualTo(Reply.Tone.SUCCESS);
    }

    private String invoice(Client c) {
        Reply r = w.say(w.staff, c.channel(), "/invoice", "");
        assertThat(r.tone()).as(r.plainText()).isEqualTo(Reply.Tone.SUCCESS);
        Matcher m = INVOICE.matcher(r.title());
        assertThat(m.find()).isTrue();
        return m.group();
    }

    private Invoice stored(String number) {
        return w.ctx.tx(() -> w.ctx.stores().invoices().byNumber(InvoiceNumber.parse(number).orElseThrow()).orElseThrow());
    }

    private static String dollars(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    @Property(tries = 12)
    void perLineRounding_neverDriftsFromTheStoredTotal(
            @ForAll @Size(min = 1, max = 4) List<@IntRange(min = 1, max = 600) Integer> minutes,
            @ForAll @IntRange(min = 1, max = 50_000) int rateCents) {
        Client c = newClient();
        w.say(w.staff, c.channel(), "/invoice", "terms " + c.name() + " rate=" + dollars(rateCents));
        minutes.forEach(m -> closedTicket(c, m));

        String number = invoice(c);

        // minutes × rate / 60, half-up to the cent, in whole cents
        List<Long> lineCents = minutes.stream().map(m -> (rateCents * (long) m + 30) / 60).toList();
        long totalCents = lineCents.stream().mapToLong(Long::longValue).sum();
        assertThat(stored(number).total().amount()).isEqualByComparingTo(BigDecimal.valueOf(totalCents, 2));
        List<BigDecimal> storedLines = records.decimals("SELECT l.amount FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id"
                + " WHERE i.number = ? ORDER BY l.position", number);
        assertThat(storedLines).hasSameSizeAs(lineCents);
        for (int i = 0; i < lineCents.size(); i++) {
            assertThat(storedLines.get(i)).isEqualByComparingTo(BigDecimal.valueOf(lineCents.get(i), 2));
        }
    }

    @Property(tries = 12)
    void noSequenceOfPayments_overpays(@ForAll @IntRange(min = 1, max = 300) int minutes,
                                       @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 8_000) Integer> attempts) {
        Client c = newClient();
        closedTicket(c, minutes);
        String number = invoice(c);
        long totalCents = (1200L * minutes + 30) / 60;
        long paidCents = 0;

        for (int cents : attempts) {
            long balance = totalCents - paidCents;
            Reply r = w.say(w.staff, c.channel(), "/invoice", "paid " + number + " " + dollars(cents) + " wise");
            if (balance > 0 && cents > 0 && cents <= balance) {
                assertThat(r.tone()).as(r.plainText()).isEqualTo(Reply.Tone.SUCCESS);
                paidCents += cents;
            } else {
                assertThat(r.tone()).as(r.plainText()).isEqualTo(Reply.Tone.REFUSAL);
            }
        }

        Invoice inv = stored(number);
        assertThat(inv.paid().amount()).isEqualByComparingTo(BigDecimal.valueOf(paidCents, 2));
        assertThat(inv.paid().compareTo(inv.total())).isLessThanOrEqualTo(0);
        assertThat(inv.status()).isEqualTo(paidCents == totalCents ? InvoiceStatus.PAID : InvoiceStatus.ISSUED);
        BigDecimal recorded = records.payments(number).stream().map(Records.Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(recorded).isEqualByComparingTo(BigDecimal.valueOf(paidCents, 2));
    }
}
