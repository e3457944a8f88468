package dev.ticketops.zoho;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.app.port.Notice;
import dev.ticketops.chat.ChatAction;
import dev.ticketops.chat.ChatRequest;
import dev.ticketops.chat.Reply;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.InvoiceNumber;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Role;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.support.FakeZoho;
import dev.ticketops.support.Http;
import dev.ticketops.support.MutableClock;
import dev.ticketops.support.Records;
import dev.ticketops.support.RunningServer;
import dev.ticketops.web.ZohoWebhookRoutes;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Zoho Invoice end to end against a local fake Zoho (OAuth token endpoint, contacts, invoices, mark sent, payments,
 * 429 and 500): a whole TicketOps server on MariaDB, its clock held still so that only the test runs the work queue.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZohoInvoiceSyncTest {
    static final String SECRET = "zoho-webhook-secret-0123456789";
    static final Pattern NUMBER = Pattern.compile("INV-\\d{4}-\\d{4}");

    FakeZoho zoho;
    RunningServer server;
    MutableClock clock = MutableClock.at("2026-11-02T10:00:00Z");
    Records records;
    final Caller staff = new Caller(Platform.SLACK, "T1", "U_STAFF", "sam", Role.STAFF);

    @BeforeAll
    void start() throws Exception {
        zoho = new FakeZoho();
        Map<String, String> env = new HashMap<>(zoho.env());
        env.putAll(Map.of("STAFF_SLACK_IDS", "U_STAFF", "ZOHO_WEBHOOK_SECRET", SECRET, "PUBLIC_URL", "https://support.example.com",
                "PAYMENT_METHODS", "wise,paypal,bank"));
        server = new RunningServer(env, clock);
        records = new Records(server.db);
    }

    @AfterAll
    void stop() {
        server.close();
        zoho.close();
    }

    @BeforeEach
    void calm() {
        clock.advance(Duration.ofHours(2)); // past every retry wait of the previous test
        sync();
    }

    record Client(String name, ChannelRef channel, Caller contact) {
    }

    Reply say(Caller who, ChannelRef where, String command, String text) {
        return server.app.conversation().handle(new ChatRequest(who, where, command, text, UUID.randomUUID().toString()));
    }

    Client client() {
        String id = UUID.randomUUID().toString().substring(0, 6);
        Client c = new Client("Acme " + id, new ChannelRef(Platform.SLACK, "T1", "C_" + id),
                new Caller(Platform.SLACK, "T1", "U_" + id, "carol" + id, Role.CLIENT));
        assertThat(say(staff, c.channel(), "/ticket", "link " + c.name()).tone()).isEqualTo(Reply.Tone.SUCCESS);
        return c;
    }

    /** A closed ticket of {@code minutes} for the client, then its invoice; returns the invoice number. */
    String invoice(Client c, String title, int minutes) {
        long n = Long.parseLong(say(c.contact(), c.channel(), "/ticket", title).title().replaceAll(".*#(\\d+).*", "$1"));
        say(staff, c.channel(), "/estimate", "#" + n + " 10h");
        long e = server.app.database().transactions().inTransaction(() -> server.app.database().stores().estimates()
                .current(TicketNumber.of(n)).orElseThrow().id());
        server.app.conversation().click(new ChatAction(c.contact(), c.channel(), "approve", "approve:" + n + ":" + e, null));
        assertThat(say(staff, c.channel(), "/log", minutes + "m #" + n + " work").tone()).isNotEqualTo(Reply.Tone.REFUSAL);
        assertThat(say(staff, c.channel(), "/ticket", "close #" + n + " done").tone()).isEqualTo(Reply.Tone.SUCCESS);
        Reply issued = say(staff, c.channel(), "/invoice", "");
        assertThat(issued.tone()).as(issued.plainText()).isEqualTo(Reply.Tone.SUCCESS);
        assertThat(issued.plainText()).contains("Zoho Invoice");
        Matcher m = NUMBER.matcher(issued.title());
        assertThat(m.find()).isTrue();
        return m.group();
    }

    java.time.LocalDate today() {
        return java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }

    dev.ticketops.app.PollZohoPayments.Round poll() {
        try {
            return server.app.zoho().orElseThrow().poll().execute();
        } catch (dev.ticketops.app.port.DeliveryException e) {
            throw new AssertionError("Zoho failed while polling", e);
        }
    }

    int sync() {
        return server.app.zoho().orElseThrow().sync().execute();
    }

    FakeZoho.Invoice inZoho(String number) {
        var found = zoho.invoices.values().stream().filter(i -> i.reference().equals(number)).toList();
        assertThat(found).as("Zoho invoices with reference " + number).hasSize(1);
        return found.get(0);
    }

    dev.ticketops.domain.Invoice stored(String number) {
        return server.app.database().transactions().inTransaction(() -> server.app.database().stores().invoices()
                .byNumber(InvoiceNumber.parse(number).orElseThrow()).orElseThrow());
    }

    String show(Client c, String number) {
        return say(staff, c.channel(), "/invoice", "show " + number).plainText();
    }

    @Test
    void anIssuedInvoice_becomesAZohoInvoiceOfTheContact_withOurNumberDatesAndExactItems_markedSent_thenPostedWithItsLink() {
        Client c = client();
        String number = invoice(c, "Настройка VPN для офиса", 67);
        assertThat(records.outbox(Notice.Kind.INVOICE_ISSUED).stream().filter(m -> m.fact("client").equals(c.name()))).isEmpty();

        assertThat(sync()).isEqualTo(1);

        FakeZoho.Invoice z = inZoho(number);
        assertThat(zoho.contacts).containsEntry(z.customerId(), c.name());
        dev.ticketops.domain.Invoice ours = stored(number);
        assertThat(z.total()).isEqualByComparingTo(ours.total().amount());
        assertThat(z.date()).isEqualTo(ours.issueDate().toString());
        assertThat(z.dueDate()).isEqualTo(ours.dueDate().toString());
        assertThat(z.paymentTerms()).isEqualTo(7);
        assertThat(z.status()).isEqualTo("sent");
        var item = z.lineItems().get(0);
        assertThat(item.path("name").asText()).contains("Настройка VPN для офиса");
        assertThat(new BigDecimal(item.path("quantity").asText()).multiply(new BigDecimal(item.path("rate").asText())))
                .isEqualByComparingTo(ours.lines().get(0).amount().amount());
        var posted = records.outbox(Notice.Kind.INVOICE_ISSUED).stream().filter(m -> m.fact("client").equals(c.name())).toList();
        assertThat(posted).singleElement().satisfies(m -> assertThat(m.fact("zohoUrl")).contains(z.id()));
        assertThat(show(c, number)).contains("In Zoho as " + z.number());

        // a second round finds nothing to do and creates nothing
        assertThat(sync()).isZero();
        inZoho(number);
    }

    @Test
    void aZohoOutage_neverBlocksIssuing_showsWaitingWithTheReason_andTheRetryCreatesExactlyOneInvoice() {
        Client c = client();
        zoho.fail("POST /invoices", 1, 500); // a create is not retried at once: its lost answer may hide an invoice made
        String number = invoice(c, "Outage ticket", 60);

        assertThat(sync()).isZero();
        assertThat(zoho.invoices.values().stream().filter(i -> i.reference().equals(number))).isEmpty();
        assertThat(show(c, number)).contains("Waiting to sync", "HTTP 500");

        clock.advance(Duration.ofMinutes(2));
        assertThat(sync()).isEqualTo(1);
        inZoho(number);
        assertThat(show(c, number)).contains("In Zoho as");
    }

    @Test
    void anAnswerLostAfterZohoCreatedTheInvoice_isFoundByItsReference_notCreatedTwice() {
        Client c = client();
        zoho.fail("POST /invoices", 1, 0); // Zoho creates it, the answer is a 502
        String number = invoice(c, "Lost answer", 90);

        sync();
        clock.advance(Duration.ofMinutes(2));
        sync();

        inZoho(number);
        assertThat(show(c, number)).contains("In Zoho as");
    }

    @Test
    void zohosRateLimit_isWaitedOutAsRetryAfterSays() {
        Client c = client();
        zoho.fail("GET /contacts", 1, 429);
        int before = zoho.calls("GET", "/invoice/v3/contacts").size();
        String number = invoice(c, "Rate limited", 30);

        assertThat(sync()).isEqualTo(1);

        assertThat(zoho.calls("GET", "/invoice/v3/contacts")).hasSize(before + 2)
                .extracting(FakeZoho.Call::status).endsWith(429, 200);
        inZoho(number);
    }

    @Test
    void aPaymentRecordedInZoho_comesBackByWebhookOnce_evenWhenPollingSeesItToo_andLiftsTheOverduePause() {
        Client c = client();
        String number = invoice(c, "Paid in Zoho", 120);
        sync();
        clock.advance(Duration.ofDays(10)); // overdue now
        assertThat(stored(number).isOverdue(today())).isTrue();
        FakeZoho.Invoice z = inZoho(number);
        FakeZoho.Payment p = zoho.recordPaymentInZoho(z.id(), "24.00", today().toString(), "Bank Transfer", "WIRE-77");

        var wrong = Http.send(HttpRequest.newBuilder(URI.create(server.url("/zoho/webhook")))
                .header(ZohoWebhookRoutes.SECRET_HEADER, "not-the-secret-000000")
                .POST(HttpRequest.BodyPublishers.ofString(zoho.webhookBody(p))).build());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(stored(number).paid().isZero()).isTrue();

        var hook = Http.send(HttpRequest.newBuilder(URI.create(server.url("/zoho/webhook")))
                .header(ZohoWebhookRoutes.SECRET_HEADER, SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(zoho.webhookBody(p))).build());
        assertThat(hook.statusCode()).isEqualTo(200);
        assertThat(hook.body()).contains("\"recorded\":1");
        var again = Http.send(HttpRequest.newBuilder(URI.create(server.url("/zoho/webhook")))
                .header(ZohoWebhookRoutes.SECRET_HEADER, SECRET)
                .POST(HttpRequest.BodyPublishers.ofString(zoho.webhookBody(p))).build());
        assertThat(again.body()).contains("\"recorded\":0", "\"known\":1");
        assertThat(poll().recorded()).isZero();

        dev.ticketops.domain.Invoice paid = stored(number);
        assertThat(paid.balance().isZero()).isTrue();
        assertThat(paid.status()).isEqualTo(dev.ticketops.domain.InvoiceStatus.PAID);
        assertThat(show(c, number)).contains("Paid", today().toString(), "Bank transfer", "WIRE-77");
    }

    @Test
    void polling_recordsAPaymentTheWebhookMissed() {
        Client c = client();
        String number = invoice(c, "Polled", 60);
        sync();
        FakeZoho.Invoice z = inZoho(number);
        zoho.recordPaymentInZoho(z.id(), "5.00", today().toString(), "PayPal", null);

        var round = poll();

        assertThat(round.recorded()).isGreaterThanOrEqualTo(1);
        assertThat(stored(number).paid().amount()).isEqualByComparingTo("5.00");
        assertThat(poll().recorded()).isZero();
        assertThat(stored(number).paid().amount()).isEqualByComparingTo("5.00");
    }

    @Test
    void aPaymentRecordedInTicketOps_isRecordedInZohoOnce_evenIfTheAnswerIsLost_andNotBroughtBackAsASecond() {
        Client c = client();
        String number = invoice(c, "Paid here", 60);
        sync();
        FakeZoho.Invoice z = inZoho(number);
        Reply paid = say(staff, c.channel(), "/invoice", "paid " + number + " 6 bank REF-9 " + today());
        assertThat(paid.tone()).as(paid.plainText()).isEqualTo(Reply.Tone.SUCCESS);
        zoho.fail("POST /customerpayments", 1, 0);

        sync();
        clock.advance(Duration.ofMinutes(2));
        sync();
        poll();

        var inZoho = zoho.payments.values().stream().filter(p -> p.invoiceId().equals(z.id())).toList();
        assertThat(inZoho).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualByComparingTo("6.00");
            assertThat(p.date()).isEqualTo(today().toString());
            assertThat(p.reference()).isEqualTo("REF-9");
        });
        assertThat(stored(number).paid().amount()).isEqualByComparingTo("6.00");
        assertThat(records.payments(number)).singleElement().satisfies(p -> assertThat(p.method()).isEqualTo("BANK"));
    }

    @Test
    void accessTokens_areRefreshedBeforeTheyExpire_andAfterZohoRevokesOne() {
        Client c = client();
        zoho.tokensExpireIn(400); // refreshed 5 minutes early: after 100 s
        clock.advance(Duration.ofHours(2));
        invoice(c, "Token one", 30);
        sync();
        int issued = zoho.tokensIssued.get();
        clock.advance(Duration.ofSeconds(150));
        invoice(c, "Token two", 30);
        sync();
        assertThat(zoho.tokensIssued.get()).isEqualTo(issued + 1);

        zoho.tokensExpireIn(3600);
        zoho.revokeToken();
        String third = invoice(c, "Token three", 30);
        assertThat(sync()).isEqualTo(1);
        inZoho(third);
        assertThat(zoho.calls.stream().filter(k -> k.status() == 401)).isNotEmpty();
        assertThat(zoho.calls.stream().map(FakeZoho.Call::query)).noneMatch(q -> q.contains("access"));
    }

    @Test
    void ticketOpsSendsNoRemindersToAClientZohoReminds() {
        Client c = client();
        String number = invoice(c, "Reminded by Zoho", 60);
        sync();
        clock.advance(Duration.ofDays(6)); // the day before it is due
        int before = records.outbox(Notice.Kind.INVOICE_REMINDER).size();

        server.app.useCases().sendReminders().execute();

        assertThat(records.outbox(Notice.Kind.INVOICE_REMINDER)).hasSize(before);
        assertThat(stored(number).balance().isPositive()).isTrue();
    }
}
