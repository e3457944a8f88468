package dev.ticketops.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.support.PortalClient;
import dev.ticketops.support.PortalWorld;
import dev.ticketops.support.SlackClient.User;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The portal's pages over real HTTP against the same use cases as chat: who sees what, the client's approval as a
 * written confirmation with the chat button's rules and audit trail, the new-ticket form's credential and urgent rules,
 * the staff board and the staff forms, invoices.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalPagesTest {
    static final Duration WAIT = Duration.ofSeconds(20);
    PortalWorld w;

    @BeforeAll
    void start() {
        w = new PortalWorld().withClients();
    }

    @AfterAll
    void stop() {
        w.close();
    }

    List<List<String>> rows(String sql, Object... args) {
        try (Connection c = w.server.db.connect(); var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<List<String>> out = new ArrayList<>();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.add(rs.getString(i));
                    }
                    out.add(row);
                }
                return out;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String status(long n) {
        return rows("SELECT status FROM tickets WHERE number = ?", n).get(0).get(0);
    }

    static Document html(java.net.http.HttpResponse<String> r) {
        return Jsoup.parse(r.body());
    }

    static Map<String, String> decision(String which, long estimate, boolean confirm) {
        return confirm ? Map.of("decision", which, "estimate", Long.toString(estimate), "confirm", "yes")
                : Map.of("decision", which, "estimate", Long.toString(estimate));
    }

    long estimateId(PortalClient c, long n) {
        var form = c.page("/portal/tickets/" + n).selectFirst("form.decision input[name=estimate]");
        assertThat(form).as("the Approve/Decline form on #" + n).isNotNull();
        return Long.parseLong(form.val());
    }

    @Test
    void aClient_seesTheirClientsTicketsOnly_andAnotherClientsTicketIsNotFoundByUrl() {
        long mine = w.open(w.alice, PortalWorld.ACME, "Acme printer jams");
        long theirs = w.open(w.bob, PortalWorld.BETA, "Beta secret merger site");
        PortalClient alice = w.signIn(w.alice, PortalWorld.ACME);

        var list = alice.page("/portal/tickets");
        assertThat(list.select("table.tickets").text()).contains("Acme printer jams").doesNotContain("Beta secret merger site");
        var other = alice.get("/portal/tickets/" + theirs);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).doesNotContain("Beta secret merger site").contains("#" + theirs);
        assertThat(alice.get("/portal/board").statusCode()).isEqualTo(403);
        assertThat(alice.page("/portal/tickets?q=printer").select("table.tickets tbody tr")).hasSize(1);
        assertThat(alice.page("/portal/tickets?q=%23" + mine).select("table.tickets tbody tr").text()).contains("Acme printer jams");
        assertThat(alice.page("/portal/tickets?q=%23" + theirs).select("table.tickets")).isEmpty();
        var page = alice.page("/portal/tickets/" + mine);
        assertThat(page.select(".state").text()).isEqualTo("Waiting for an estimate");
        assertThat(page.select("#h-hist")).as("internal history is for staff").isEmpty();
        assertThat(page.select("#h-staff")).isEmpty();
    }

    @Test
    void approvingInThePortal_isTheClientsWrittenConfirmation_withTheChatButtonsRulesAndAudit() {
        long n = w.estimated(w.alice, PortalWorld.ACME, "Checkout button does nothing");
        PortalClient alice = w.signIn(w.alice, PortalWorld.ACME);
        long estimate = estimateId(alice, n);

        var unconfirmed = alice.post("/portal/tickets/" + n + "/decision", decision("approve", estimate, false));
        assertThat(unconfirmed.statusCode()).isEqualTo(409);
        assertThat(html(unconfirmed).select(".alert.refusal").text()).contains("Tick the confirmation box");
        assertThat(status(n)).isEqualTo("ESTIMATED");

        PortalClient staff = w.signIn(w.staff, PortalWorld.ACME);
        var byStaff = staff.post("/portal/tickets/" + n + "/decision", decision("approve", estimate, true));
        assertThat(byStaff.statusCode()).isEqualTo(409);
        assertThat(html(byStaff).select(".alert.refusal").text()).contains("Staff cannot approve");
        assertThat(status(n)).isEqualTo("ESTIMATED");

        var approved = alice.post("/portal/tickets/" + n + "/decision", decision("approve", estimate, true));

        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(html(approved).select(".alert.success").text()).contains("You approved the estimate (2–3 hours)");
        assertThat(html(approved).select(".decided").text()).startsWith("Approved by alice");
        assertThat(html(approved).select("form.decision")).isEmpty();
        assertThat(status(n)).isEqualTo("APPROVED");
        assertThat(rows("SELECT a.decision, p.user_id FROM approvals a JOIN people p ON p.id = a.decided_by WHERE a.ticket_number = ?", n))
                .containsExactly(List.of("APPROVED", "U_ALICE"));
        assertThat(rows("SELECT kind FROM ticket_events WHERE ticket_number = ? AND kind = 'APPROVED'", n)).hasSize(1);
        // the estimator hears of it in Slack, as after a click on the chat button
        assertThat(w.slackApi.await("/api/chat.postMessage", 1, c -> "U_STAFF".equals(c.param("channel"))
                && (c.param("text") + c.param("blocks")).contains("@alice approved your estimate of 2–3 hours for ticket #" + n), WAIT))
                .hasSize(1);

        var again = alice.post("/portal/tickets/" + n + "/decision", decision("approve", estimate, true));
        assertThat(html(again).select(".alert.success").text()).contains("already approved by alice");
        assertThat(rows("SELECT id FROM approvals WHERE ticket_number = ?", n)).hasSize(1);
    }

    @Test
    void decliningInThePortal_waitsForANewEstimate() {
        long n = w.estimated(w.alice, PortalWorld.ACME, "Newsletter template");
        PortalClient alice = w.signIn(w.alice, PortalWorld.ACME);

        var declined = alice.post("/portal/tickets/" + n + "/decision", decision("decline", estimateId(alice, n), true));

        assertThat(html(declined).select(".alert.success").text()).contains("You declined the estimate");
        assertThat(status(n)).isEqualTo("DECLINED");
        assertThat(html(declined).select(".state").text()).isEqualTo("Waiting for an estimate");
        assertThat(rows("SELECT kind FROM ticket_events WHERE ticket_number = ? AND kind = 'DECLINED'", n)).hasSize(1);
    }

    @Test
    void anotherClientsPerson_cannotDecide() {
        long n = w.estimated(w.alice, PortalWorld.ACME, "Acme DNS move");
        long estimate = estimateId(w.signIn(w.alice, PortalWorld.ACME), n);

        var r = w.signIn(w.bob, PortalWorld.BETA).post("/portal/tickets/" + n + "/decision", decision("approve", estimate, true));

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("Acme DNS move");
        assertThat(status(n)).isEqualTo("ESTIMATED");
    }

    @Test
    void whileAnInvoiceIsOverdue_approvalIsRefusedWithWhy_andUrgentNeedsAClearedBalance() {
        User carol = new User("U_CAROL", "carol");
        w.say(w.staff, "C_GAMMA", "/ticket", "link Gamma");
        long done = w.estimated(carol, "C_GAMMA", "Gamma backup restore");
        PortalClient portal = w.signIn(carol, "C_GAMMA");
        portal.post("/portal/tickets/" + done + "/decision", decision("approve", estimateId(portal, done), true));
        w.say(w.staff, "C_GAMMA", "/log", "2h #" + done + " restored");
        w.say(w.staff, "C_GAMMA", "/ticket", "close #" + done + " Backup restored and verified");
        Matcher inv = Pattern.compile("INV-\\d{4}-\\d{4}").matcher(w.say(w.staff, "C_GAMMA", "/invoice", ""));
        assertThat(inv.find()).isTrue();
        long next = w.estimated(carol, "C_GAMMA", "Gamma mail filter");
        w.clock.advance(Duration.ofDays(9));
        PortalClient carolLater = w.signIn(carol, "C_GAMMA");

        var refused = carolLater.post("/portal/tickets/" + next + "/decision", decision("approve", estimateId(carolLater, next), true));

        assertThat(refused.statusCode()).isEqualTo(409);
        String why = html(refused).select(".alert.refusal").text();
        assertThat(why).contains("New work is paused", inv.group(), "is unpaid", "/invoice override #N in Slack or Discord");
        assertThat(status(next)).isEqualTo("ESTIMATED");
        assertThat(rows("SELECT id FROM approvals WHERE ticket_number = ?", next)).isEmpty();
        var invoices = carolLater.page("/portal/invoices");
        assertThat(invoices.select(".alert.refusal").text()).contains("Overdue", inv.group());
        assertThat(invoices.select(".balance").text()).contains("$24.00");

        var urgent = carolLater.post("/portal/tickets", Map.of("title", "Site down", "urgent", "yes"));

        assertThat(urgent.statusCode()).isEqualTo(201);
        assertThat(html(urgent).select(".alert.warning").text()).contains("Urgent requests need a cleared balance", "$24.00");
        assertThat(html(urgent).select(".badge.urgent")).isEmpty();
    }

    @Test
    void theNewTicketForm_removesCredentials_andSaysWhy() {
        PortalClient alice = w.signIn(w.alice, PortalWorld.ACME);

        var r = alice.post("/portal/tickets", Map.of("title", "VPN broken",
                "description", "It stopped on Monday. my password is S03Hunter for the admin panel"));

        assertThat(r.statusCode()).isEqualTo(201);
        Document page = html(r);
        assertThat(page.select(".alert.success").text()).contains("opened");
        assertThat(page.select(".alert.warning").text()).contains("Credentials were removed", "Bitwarden Send");
        assertThat(r.body()).doesNotContain("S03Hunter");
        long n = Long.parseLong(page.select("h1 .num").text().substring(1));
        assertThat(rows("SELECT description, client_id IS NOT NULL FROM tickets WHERE number = ?", n).get(0).get(0))
                .doesNotContain("S03Hunter").contains("It stopped on Monday");
        assertThat(rows("SELECT t.number FROM tickets t JOIN clients c ON c.id = t.client_id WHERE c.name = 'Acme' AND t.number = ?", n))
                .as("opened for the client of the channel the link was asked in").hasSize(1);

        var blank = alice.post("/portal/tickets", Map.of("title", " ", "description", "pw: xyzS02abc"));
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(html(blank).select(".alert.refusal").text()).contains("A ticket needs a title.");
        assertThat(blank.body()).doesNotContain("xyzS02abc");
    }

    @Test
    void staff_seeTheBoardByState_filteredByClientAndAssignee() {
        long fresh = w.open(w.alice, PortalWorld.ACME, "Board fresh Acme");
        long waiting = w.estimated(w.bob, PortalWorld.BETA, "Board waiting Beta");
        PortalClient staff = w.signIn(w.staff, PortalWorld.ACME);

        Document board = staff.page("/portal/board");

        assertThat(board.select("h1").text()).isEqualTo("Board");
        assertThat(column(board, "NEEDS_ESTIMATE")).contains("#" + fresh + " Board fresh Acme");
        assertThat(column(board, "WAITING_FOR_APPROVAL")).contains("#" + waiting + " Board waiting Beta").contains("waiting 0 min");
        assertThat(board.select(".column h2").eachText()).hasSize(5);
        String beta = board.select("#client option").stream().filter(o -> o.text().equals("Beta")).findFirst().orElseThrow().val();
        Document onlyBeta = staff.page("/portal/board?client=" + beta);
        assertThat(onlyBeta.select(".board").text()).contains("Board waiting Beta").doesNotContain("Board fresh Acme");
        String sam = board.select("#assignee option").stream().filter(o -> o.text().equals("sam")).findFirst().orElseThrow().val();
        Document bySam = staff.page("/portal/board?assignee=" + sam);
        assertThat(bySam.select(".board").text()).contains("Board waiting Beta").doesNotContain("Board fresh Acme");
        assertThat(staff.page("/portal/tickets/" + waiting).select("#h-hist + ol").text()).contains("opened", "estimated by sam");
    }

    private static String column(Document board, String stage) {
        return board.select("section.column:has(h2#col-" + stage + ")").text();
    }

    @Test
    void staffForms_runTheSameUseCasesAsChat() {
        long n = w.open(w.alice, PortalWorld.ACME, "Staff forms ticket");
        PortalClient staff = w.signIn(w.staff, PortalWorld.ACME);
        String base = "/portal/tickets/" + n;

        var badRange = staff.post(base + "/estimate", Map.of("range", "soonish"));
        assertThat(badRange.statusCode()).isEqualTo(409);
        assertThat(html(badRange).select(".alert.refusal").text()).contains("The Estimate form takes a range such as");
        var early = staff.post(base + "/time", Map.of("duration", "1h"));
        assertThat(html(early).select(".alert.refusal").text()).contains("No work on #" + n + " before the client's approval");
        assertThat(staff.post(base + "/estimate", Map.of("range", "1-2h", "note", "incl. testing")).statusCode()).isEqualTo(200);
        assertThat(status(n)).isEqualTo("ESTIMATED");
        assertThat(html(staff.post(base + "/billable", Map.of("billable", "no"))).select(".alert.success").text())
                .contains("Marked non-billable");
        var logged = staff.post(base + "/time", Map.of("duration", "45m", "note", "looked at logs"));
        assertThat(html(logged).select(".alert.success").text()).contains("Logged 45 minutes");
        assertThat(html(staff.post(base + "/close", Map.of("summary", " "))).select(".alert.refusal").text())
                .contains("Closing needs a summary");
        var closed = staff.post(base + "/close", Map.of("summary", "Cleared the print queue"));
        assertThat(html(closed).select(".alert.success").text()).contains("Closed", "Cleared the print queue");
        assertThat(status(n)).isEqualTo("CLOSED");

        PortalClient alice = w.signIn(w.alice, PortalWorld.ACME);
        var clientTries = alice.post("/portal/tickets/" + w.open(w.alice, PortalWorld.ACME, "Client tries staff form") + "/estimate",
                Map.of("range", "1h"));
        assertThat(clientTries.statusCode()).isEqualTo(409);
        assertThat(html(clientTries).select(".alert.refusal").text()).containsIgnoringCase("staff");
        Document closedPage = alice.page(base);
        assertThat(closedPage.select(".summary").text()).isEqualTo("Cleared the print queue");
        assertThat(closedPage.select(".total").text()).contains("45 minutes");
    }

    @Test
    void invoices_showTheClientsOwnWithBalanceAndDocuments_andNotAnotherClients() {
        User dana = new User("U_DANA", "dana");
        w.say(w.staff, "C_DELTA", "/ticket", "link Delta");
        long n = w.open(dana, "C_DELTA", "Delta report export");
        w.say(w.staff, "C_DELTA", "/ticket", "billable #" + n + " no");
        w.say(w.staff, "C_DELTA", "/ticket", "billable #" + n + " yes");
        w.say(w.staff, "C_DELTA", "/estimate", "#" + n + " 1h");
        PortalClient portal = w.signIn(dana, "C_DELTA");
        portal.post("/portal/tickets/" + n + "/decision", decision("approve", estimateId(portal, n), true));
        w.say(w.staff, "C_DELTA", "/log", "1h #" + n);
        w.say(w.staff, "C_DELTA", "/ticket", "close #" + n + " Export fixed");
        Matcher inv = Pattern.compile("INV-\\d{4}-\\d{4}").matcher(w.say(w.staff, "C_DELTA", "/invoice", ""));
        assertThat(inv.find()).isTrue();

        Document list = portal.page("/portal/invoices");
        assertThat(list.select("h1").text()).contains("Delta");
        assertThat(list.select("table").text()).contains(inv.group(), "$12.00");
        assertThat(list.select("#h-pay + p").text()).contains("Wise");
        Document one = portal.page("/portal/invoices/" + inv.group());
        assertThat(one.select("a.button").eachAttr("href")).anyMatch(h -> h.startsWith(PortalWorld.PUBLIC_URL + "/invoices/" + inv.group() + "?t="))
                .anyMatch(h -> h.contains("/invoices/" + inv.group() + "/pdf?t="));
        assertThat(portal.page("/portal/tickets/" + n).select("#h-inv + p").text()).contains(inv.group());
        assertThat(portal.page("/portal/tickets").select("table.tickets").text()).contains("Invoiced");

        var alice = w.signIn(w.alice, PortalWorld.ACME);
        assertThat(alice.get("/portal/invoices/" + inv.group()).statusCode()).isEqualTo(404);
        assertThat(alice.page("/portal/invoices").text()).doesNotContain(inv.group());
    }

    @Test
    void staff_seeTheNumbers_asChartsWithTheirNumbersBeside_andClientsDoNot() {
        User erin = new User("U_ERIN", "erin");
        w.say(w.staff, "C_EPSILON", "/ticket", "link Epsilon");
        long n = w.open(erin, "C_EPSILON", "Epsilon internal audit");
        w.say(w.staff, "C_EPSILON", "/ticket", "billable #" + n + " no");
        w.say(w.staff, "C_EPSILON", "/log", "1.5h #" + n + " audit");

        Document numbers = w.signIn(w.staff, "C_EPSILON").page("/portal/numbers");

        var byClient = numbers.select("figure.chart:has(h2:containsOwn(Hours per week by client))");
        assertThat(byClient.select("svg rect title").eachText()).anyMatch(t -> t.startsWith("Epsilon,") && t.endsWith(": 1.5 hours"));
        var epsilon = byClient.select("thead th").eachText().indexOf("Epsilon");
        assertThat(epsilon).isPositive();
        assertThat(byClient.select("tbody tr:last-child > *").get(epsilon).text()).isEqualTo("1.5");
        assertThat(numbers.select("figure.chart:has(h2:containsOwn(by staff member)) thead").text()).contains("sam");
        assertThat(numbers.select("figure.chart:has(h2:containsOwn(Billed and unbilled)) thead").text()).contains("unbilled");
        assertThat(numbers.select("#chart-money table tbody tr")).hasSize(12);
        assertThat(numbers.select("svg")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(w.signIn(erin, "C_EPSILON").get("/portal/numbers").statusCode()).isEqualTo(403);
    }
}
