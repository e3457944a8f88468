package dev.ticketops.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ticketops.app.RecordZohoPayment;
import dev.ticketops.app.port.ZohoInvoicing;
import dev.ticketops.domain.Result;
import dev.ticketops.zoho.ZohoClient;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /zoho/webhook}: Zoho Invoice's workflow webhook for payments ({@code {"payment": {…, "invoices":
 * [{"invoice_id", "amount_applied"}]}}}), guarded by the shared secret {@code ZOHO_WEBHOOK_SECRET} in the
 * {@code X-Zoho-Webhook-Secret} header (compared in constant time). Each invoice the payment applies to is recorded once
 * (the polling job may have seen it first: then nothing changes). A payment for an invoice TicketOps did not issue is
 * acknowledged and ignored, so that Zoho does not send it again and again.
 */
public final class ZohoWebhookRoutes implements RouteModule {
    public static final String SECRET_HEADER = "X-Zoho-Webhook-Secret";
    private static final Logger LOG = LoggerFactory.getLogger(ZohoWebhookRoutes.class);

    private final RecordZohoPayment record;
    private final byte[] secret;
    private final ObjectMapper json = new ObjectMapper();

    public ZohoWebhookRoutes(RecordZohoPayment record, String secret) {
        this.record = record;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/zoho/webhook", this::receive);
    }

    private void receive(Context ctx) {
        ctx.contentType("application/json");
        String given = ctx.header(SECRET_HEADER);
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), secret)) {
            ctx.status(401).result("{\"error\":\"give ZOHO_WEBHOOK_SECRET in the " + SECRET_HEADER + " header\"}");
            return;
        }
        JsonNode payment;
        try {
            JsonNode body = json.readTree(ctx.body());
            payment = body == null ? null : body.has("payment") ? body.get("payment") : body;
        } catch (java.io.IOException e) {
            payment = null;
        }
        if (payment == null || !payment.isObject() || !payment.path("invoices").isArray()) {
            ctx.status(400).result("{\"error\":\"expected {\\\"payment\\\": {payment_id, amount, date, payment_mode,"
                    + " invoices: [{invoice_id, amount_applied}]}}\"}");
            return;
        }
        int recorded = 0;
        int known = 0;
        int ignored = 0;
        for (JsonNode applied : payment.path("invoices")) {
            ZohoInvoicing.ZohoPayment p = ZohoClient.payment(payment, applied.path("invoice_id").asText(null));
            if (applied.hasNonNull("amount_applied")) {
                p = new ZohoInvoicing.ZohoPayment(p.paymentId(), p.invoiceId(), new BigDecimal(applied.get("amount_applied").asText()),
                        p.date(), p.mode(), p.reference(), p.description());
            }
            Result<RecordZohoPayment.Outcome> r = record.execute(p);
            if (r instanceof Result.Refused<RecordZohoPayment.Outcome> refused) {
                LOG.warn("Zoho webhook: payment {} not recorded: {}", p.paymentId(), refused.reason());
                ignored++;
            } else if (r.orElseThrow() == RecordZohoPayment.Outcome.RECORDED) {
                recorded++;
            } else {
                known++;
            }
        }
        ctx.status(200).result("{\"recorded\":" + recorded + ",\"known\":" + known + ",\"ignored\":" + ignored + "}");
    }
}
