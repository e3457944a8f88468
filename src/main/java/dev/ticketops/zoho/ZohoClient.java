package dev.ticketops.zoho;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ticketops.app.port.DeliveryException;
import dev.ticketops.app.port.ZohoInvoicing;
import dev.ticketops.config.ZohoSettings;
import dev.ticketops.outbound.Resilience;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Zoho Invoice's REST API (v3) at {@code ZOHO_API_URL}, for the organization {@code ZOHO_ORGANIZATION_ID}: contacts,
 * invoices, mark as sent, payments. Every call goes through the Resilience policies (rate limiter, circuit breaker, a
 * short retry honouring a 429's Retry-After); a 401 refreshes the access token and tries once more. Zoho's refusals
 * ({@code "code"} other than 0 with HTTP 4xx) are permanent, its outages and rate limits retryable — the work queue
 * tries those again later.
 */
public final class ZohoClient implements ZohoInvoicing {
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final ZohoSettings settings;
    private final ZohoTokens tokens;
    private final Resilience resilience;

    public ZohoClient(ZohoSettings settings, Resilience resilience, Clock clock) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.settings = settings;
        this.resilience = resilience;
        this.tokens = new ZohoTokens(http, json, settings.accountsUrl(), settings.clientId(), settings.clientSecret(),
                settings.refreshToken(), clock);
    }

    @Override
    public Optional<Contact> findContact(String name) throws DeliveryException {
        JsonNode res = call("GET", "/contacts?contact_name=" + enc(name), null);
        for (JsonNode c : res.path("contacts")) {
            if (name.equalsIgnoreCase(c.path("contact_name").asText())) {
                return Optional.of(new Contact(c.path("contact_id").asText(), c.path("contact_name").asText()));
            }
        }
        return Optional.empty();
    }

    @Override
    public Contact createContact(String name, String email) throws DeliveryException {
        ObjectNode body = json.createObjectNode().put("contact_name", name).put("contact_type", "customer");
        if (email != null) {
            body.putArray("contact_persons").addObject().put("email", email).put("is_primary_contact", true);
        }
        JsonNode c = create("/contacts", body).path("contact");
        return new Contact(c.path("contact_id").asText(), c.path("contact_name").asText(name));
    }

    @Override
    public Optional<CreatedInvoice> findInvoice(String reference) throws DeliveryException {
        JsonNode res = call("GET", "/invoices?reference_number=" + enc(reference), null);
        for (JsonNode i : res.path("invoices")) {
            if (reference.equals(i.path("reference_number").asText())) {
                return Optional.of(invoice(i));
            }
        }
        return Optional.empty();
    }

    @Override
    public CreatedInvoice createInvoice(InvoiceDraft d) throws DeliveryException {
        ObjectNode body = json.createObjectNode().put("customer_id", d.customerId()).put("reference_number", d.referenceNumber())
                .put("date", d.date().toString()).put("due_date", d.dueDate().toString())
                .put("payment_terms", d.paymentTermDays())
                .put("payment_terms_label", d.paymentTermDays() == 0 ? "Due on Receipt" : "Net " + d.paymentTermDays())
                .put("notes", d.notes());
        ArrayNode items = body.putArray("line_items");
        for (LineItem l : d.lineItems()) {
            items.addObject().put("name", l.name()).put("description", l.description()).put("rate", l.rate())
                    .put("quantity", l.quantity()).put("unit", l.unit());
        }
        return invoice(create("/invoices", body).path("invoice"));
    }

    @Override
    public void markSent(String invoiceId) throws DeliveryException {
        call("POST", "/invoices/" + enc(invoiceId) + "/status/sent", null);
    }

    @Override
    public List<ZohoPayment> payments(String invoiceId) throws DeliveryException {
        List<ZohoPayment> list = new ArrayList<>();
        for (JsonNode p : call("GET", "/invoices/" + enc(invoiceId) + "/payments", null).path("payments")) {
            list.add(payment(p, invoiceId));
        }
        return list;
    }

    @Override
    public String createPayment(PaymentDraft d) throws DeliveryException {
        ObjectNode body = json.createObjectNode().put("customer_id", d.customerId()).put("payment_mode", d.mode())
                .put("amount", d.amount()).put("date", d.date().toString()).put("description", d.description());
        if (d.reference() != null) {
            body.put("reference_number", d.reference());
        }
        body.putArray("invoices").addObject().put("invoice_id", d.invoiceId()).put("amount_applied", d.amount());
        return create("/customerpayments", body).path("payment").path("payment_id").asText();
    }

    /** A payment as Zoho writes it (in the payments list, or in a webhook's "payment"). */
    public static ZohoPayment payment(JsonNode p, String invoiceId) {
        String date = p.path("date").asText("");
        return new ZohoPayment(p.path("payment_id").asText(null), invoiceId,
                p.hasNonNull("amount") ? new BigDecimal(p.get("amount").asText()) : null,
                date.isEmpty() ? null : LocalDate.parse(date), p.path("payment_mode").asText(null),
                p.path("reference_number").asText(null), p.path("description").asText(null));
    }

    private static CreatedInvoice invoice(JsonNode i) {
        return new CreatedInvoice(i.path("invoice_id").asText(), i.path("invoice_number").asText(),
                i.path("invoice_url").asText(null), i.hasNonNull("total") ? new BigDecimal(i.get("total").asText()) : null);
    }

    private JsonNode call(String method, String path, JsonNode body) throws DeliveryException {
        return resilience.call("zoho", () -> {
            try {
                return send(method, path, body, true);
            } catch (IOException e) {
                throw new DeliveryException("Zoho Invoice cannot be reached: " + e.getClass().getSimpleName(), true, null, e);
            }
        });
    }

    /** A POST that creates something: not retried here (its lost answer may hide a record made); the work queue retries. */
    private JsonNode create(String path, JsonNode body) throws DeliveryException {
        return resilience.callOnce("zoho", () -> {
            try {
                return send("POST", path, body, true);
            } catch (IOException e) {
                throw new DeliveryException("Zoho Invoice cannot be reached: " + e.getClass().getSimpleName(), true, null, e);
            }
        });
    }

    private JsonNode send(String method, String path, JsonNode body, boolean mayRefresh) throws IOException, DeliveryException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(settings.apiUrl() + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Zoho-oauthtoken " + tokens.current())
                .header("X-com-zoho-invoice-organizationid", settings.organizationId())
                .header("Accept", "application/json");
        if (body != null) {
            b.header("Content-Type", "application/json;charset=UTF-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> res;
        try {
            res = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted", true, null, e);
        }
        int status = res.statusCode();
        if (status == 401 && mayRefresh) {
            tokens.invalidate();
            return send(method, path, body, false);
        }
        if (status == 429) {
            throw new DeliveryException("Zoho Invoice's rate limit (HTTP 429)", true, retryAfter(res).orElse(Duration.ofSeconds(60)), null);
        }
        if (status >= 500) {
            throw new DeliveryException("Zoho Invoice answered HTTP " + status, true, retryAfter(res).orElse(null), null);
        }
        JsonNode node;
        try {
            node = json.readTree(res.body());
        } catch (IOException e) {
            throw new DeliveryException("Zoho Invoice answered HTTP " + status + " without JSON", status >= 500, null, e);
        }
        int code = node.path("code").asInt(status == 200 || status == 201 ? 0 : -1);
        if (status >= 400 || code != 0) {
            throw DeliveryException.permanent("Zoho Invoice refused " + method + " " + path.replaceAll("\\?.*", "") + ": "
                    + node.path("message").asText("HTTP " + status) + " (code " + code + ")");
        }
        return node;
    }

    static Optional<Duration> retryAfter(HttpResponse<?> res) {
        return res.headers().firstValue("Retry-After").flatMap(v -> {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v.strip())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
