package dev.ticketops.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local Zoho: the accounts server's OAuth token endpoint and Zoho Invoice's v3 API for contacts, invoices (create,
 * find by reference, mark sent, their payments) and customer payments, keeping what it is sent like Zoho would (each
 * invoice's total is computed from its line items, rounded to the cent). Calls need the current access token and the
 * organization header; failures (429 with Retry-After, 500, a lost answer) can be queued per "METHOD /path".
 */
public final class FakeZoho implements AutoCloseable {
    public static final String ORG = "60012345";
    public static final String CLIENT_ID = "1000.FAKECLIENT";
    public static final String CLIENT_SECRET = "fake-client-secret-123";
    public static final String REFRESH_TOKEN = "1000.fake-refresh-token";

    public record Call(String method, String path, String query, String body, int status) {
    }

    /** An invoice as Zoho keeps it. */
    public record Invoice(String id, String number, String customerId, String reference, String date, String dueDate,
                          int paymentTerms, BigDecimal total, JsonNode lineItems, String status) {
    }

    public record Payment(String id, String invoiceId, BigDecimal amount, String date, String mode, String reference,
                          String description) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    public final List<Call> calls = new CopyOnWriteArrayList<>();
    public final Map<String, String> contacts = new ConcurrentHashMap<>();
    public final Map<String, Invoice> invoices = new ConcurrentHashMap<>();
    public final Map<String, Payment> payments = new ConcurrentHashMap<>();
    private final Map<String, Deque<Integer>> failures = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger(4000);
    public final AtomicInteger tokensIssued = new AtomicInteger();
    private volatile String token;
    private volatile int expiresIn = 3600;

    public FakeZoho() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    public String accountsUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String apiUrl() {
        return accountsUrl() + "/invoice/v3";
    }

    /** The settings that point TicketOps here. */
    public Map<String, String> env() {
        return Map.of("ZOHO_ORGANIZATION_ID", ORG, "ZOHO_CLIENT_ID", CLIENT_ID, "ZOHO_CLIENT_SECRET", CLIENT_SECRET,
                "ZOHO_REFRESH_TOKEN", REFRESH_TOKEN, "ZOHO_API_URL", apiUrl(), "ZOHO_ACCOUNTS_URL", accountsUrl());
    }

    /**
     * The next {@code times} calls to {@code "METHOD /path"} (path below the API, like "POST /invoices") are answered
     * {@code status}: 429 (with Retry-After: 1), 500, or 0 for "done, but the answer is lost" (a 502 after the work).
     */
    public void fail(String call, int times, int status) {
        Deque<Integer> q = failures.computeIfAbsent(call, c -> new ArrayDeque<>());
        synchronized (q) {
            for (int i = 0; i < times; i++) {
                q.add(status);
            }
        }
    }

    /** Access tokens from now on expire after {@code seconds}. */
    public void tokensExpireIn(int seconds) {
        expiresIn = seconds;
    }

    /** Makes the current access token invalid, as when Zoho revokes it: the next call gets 401. */
    public void revokeToken() {
        token = "revoked";
    }

    /** A payment recorded in Zoho by a person (not by TicketOps). */
    public Payment recordPaymentInZoho(String invoiceId, String amount, String date, String mode, String reference) {
        Payment p = new Payment("zp-" + ids.incrementAndGet(), invoiceId, new BigDecimal(amount), date, mode, reference, null);
        payments.put(p.id(), p);
        return p;
    }

    public List<Call> calls(String method, String path) {
        return calls.stream().filter(c -> c.method().equals(method) && c.path().equals(path)).toList();
    }

    private void handle(HttpExchange ex) throws IOException {
        String method = ex.getRequestMethod();
        String path = ex.getRequestURI().getPath();
        String query = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int[] status = {200};
        String out;
        try {
            out = answer(ex, method, path, query, body, status);
        } catch (RuntimeException e) {
            status[0] = 500;
            out = "{\"code\":9999,\"message\":\"" + e + "\"}";
        }
        calls.add(new Call(method, path, query, body, status[0]));
        byte[] bytes = out.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
        ex.sendResponseHeaders(status[0], bytes.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(bytes);
        }
    }

    private String answer(HttpExchange ex, String method, String path, String query, String body, int[] status) throws IOException {
        if (path.equals("/oauth/v2/token")) {
            Map<String, String> form = form(body);
            if (!REFRESH_TOKEN.equals(form.get("refresh_token")) || !CLIENT_ID.equals(form.get("client_id"))
                    || !CLIENT_SECRET.equals(form.get("client_secret")) || !"refresh_token".equals(form.get("grant_type"))) {
                return "{\"error\":\"invalid_code\"}";
            }
            token = "1000.access-" + tokensIssued.incrementAndGet();
            return "{\"access_token\":\"" + token + "\",\"api_domain\":\"" + accountsUrl() + "\",\"token_type\":\"Bearer\","
                    + "\"expires_in\":" + expiresIn + "}";
        }
        if (!path.startsWith("/invoice/v3/")) {
            status[0] = 404;
            return "{\"code\":5,\"message\":\"Invalid URL Passed\"}";
        }
        String api = path.substring("/invoice/v3".length());
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (token == null || !("Zoho-oauthtoken " + token).equals(auth)) {
            status[0] = 401;
            return "{\"code\":57,\"message\":\"You are not authorized to perform this operation\"}";
        }
        if (!ORG.equals(ex.getRequestHeaders().getFirst("X-com-zoho-invoice-organizationid"))) {
            status[0] = 400;
            return "{\"code\":6041,\"message\":\"This user is not associated with the organization\"}";
        }
        String key = method + " " + api.replaceAll("/\\d+", "/{id}").replaceAll("/[a-z]+-\\d+", "/{id}");
        Integer failure = null;
        Deque<Integer> q = failures.get(key);
        if (q != null) {
            synchronized (q) {
                failure = q.poll();
            }
        }
        if (failure != null && failure != 0) {
            status[0] = failure;
            if (failure == 429) {
                ex.getResponseHeaders().add("Retry-After", "1");
                return "{\"code\":44,\"message\":\"API calls exceeded the limit\"}";
            }
            return "{\"code\":1,\"message\":\"Internal error\"}";
        }
        String result = route(method, api, query, body);
        if (failure != null) {
            status[0] = 502;
            return "{\"code\":1,\"message\":\"Bad gateway (the work was done)\"}";
        }
        return result;
    }

    private String route(String method, String api, String query, String body) throws IOException {
        Map<String, String> q = form(query);
        if (method.equals("GET") && api.equals("/contacts")) {
            ArrayNode list = JSON.createArrayNode();
            contacts.forEach((id, name) -> {
                if (q.get("contact_name") == null || name.toLowerCase().contains(q.get("contact_name").toLowerCase())) {
                    list.addObject().put("contact_id", id).put("contact_name", name);
                }
            });
            return ok().set("contacts", list).toString();
        }
        if (method.equals("POST") && api.equals("/contacts")) {
            JsonNode b = JSON.readTree(body);
            String id = "c-" + ids.incrementAndGet();
            contacts.put(id, b.path("contact_name").asText());
            ObjectNode res = ok();
            res.putObject("contact").put("contact_id", id).put("contact_name", b.path("contact_name").asText());
            return res.toString();
        }
        if (method.equals("GET") && api.equals("/invoices")) {
            ArrayNode list = JSON.createArrayNode();
            invoices.values().stream().filter(i -> q.get("reference_number") == null || i.reference().equals(q.get("reference_number")))
                    .forEach(i -> list.add(invoiceJson(i)));
            return ok().set("invoices", list).toString();
        }
        if (method.equals("POST") && api.equals("/invoices")) {
            JsonNode b = JSON.readTree(body);
            if (!contacts.containsKey(b.path("customer_id").asText())) {
                throw new IllegalArgumentException("no such customer");
            }
            BigDecimal total = BigDecimal.ZERO;
            for (JsonNode l : b.path("line_items")) {
                total = total.add(new BigDecimal(l.path("rate").asText()).multiply(new BigDecimal(l.path("quantity").asText())));
            }
            total = total.setScale(2, java.math.RoundingMode.HALF_UP);
            String id = "inv-" + ids.incrementAndGet();
            Invoice i = new Invoice(id, "INV-" + String.format("%06d", invoices.size() + 1), b.path("customer_id").asText(),
                    b.path("reference_number").asText(), b.path("date").asText(), b.path("due_date").asText(),
                    b.path("payment_terms").asInt(), total, b.path("line_items"), "draft");
            invoices.put(id, i);
            ObjectNode res = ok();
            res.set("invoice", invoiceJson(i));
            return res.toString();
        }
        var sent = java.util.regex.Pattern.compile("/invoices/([^/]+)/status/sent").matcher(api);
        if (method.equals("POST") && sent.matches()) {
            Invoice i = invoices.get(sent.group(1));
            invoices.put(i.id(), new Invoice(i.id(), i.number(), i.customerId(), i.reference(), i.date(), i.dueDate(),
                    i.paymentTerms(), i.total(), i.lineItems(), "sent"));
            return ok().put("message", "Invoice status has been changed to Sent.").toString();
        }
        var pays = java.util.regex.Pattern.compile("/invoices/([^/]+)/payments").matcher(api);
        if (method.equals("GET") && pays.matches()) {
            ArrayNode list = JSON.createArrayNode();
            payments.values().stream().filter(p -> p.invoiceId().equals(pays.group(1))).forEach(p -> list.add(paymentJson(p)));
            return ok().set("payments", list).toString();
        }
        if (method.equals("POST") && api.equals("/customerpayments")) {
            JsonNode b = JSON.readTree(body);
            JsonNode applied = b.path("invoices").get(0);
            Payment p = new Payment("zp-" + ids.incrementAndGet(), applied.path("invoice_id").asText(),
                    new BigDecimal(applied.path("amount_applied").asText()), b.path("date").asText(), b.path("payment_mode").asText(),
                    b.path("reference_number").asText(null), b.path("description").asText(null));
            payments.put(p.id(), p);
            ObjectNode res = ok();
            res.set("payment", paymentJson(p));
            return res.toString();
        }
        throw new IllegalArgumentException("the fake has no " + method + " " + api);
    }

    /** The JSON Zoho's webhook would post for {@code p}. */
    public String webhookBody(Payment p) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode pay = paymentJson(p);
        pay.putArray("invoices").addObject().put("invoice_id", p.invoiceId()).put("amount_applied", p.amount());
        root.set("payment", pay);
        return root.toString();
    }

    private static ObjectNode ok() {
        return JSON.createObjectNode().put("code", 0).put("message", "success");
    }

    private ObjectNode invoiceJson(Invoice i) {
        ObjectNode n = JSON.createObjectNode().put("invoice_id", i.id()).put("invoice_number", i.number())
                .put("reference_number", i.reference()).put("customer_id", i.customerId()).put("date", i.date())
                .put("due_date", i.dueDate()).put("total", i.total()).put("status", i.status())
                .put("invoice_url", accountsUrl() + "/secure?CInvoiceID=" + i.id());
        n.set("line_items", i.lineItems());
        return n;
    }

    private static ObjectNode paymentJson(Payment p) {
        ObjectNode n = JSON.createObjectNode().put("payment_id", p.id()).put("amount", p.amount()).put("date", p.date())
                .put("payment_mode", p.mode());
        if (p.reference() != null) {
            n.put("reference_number", p.reference());
        }
        if (p.description() != null) {
            n.put("description", p.description());
        }
        return n;
    }

    private static Map<String, String> form(String s) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : s.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                m.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return m;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
