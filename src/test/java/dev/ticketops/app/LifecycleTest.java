package dev.ticketops.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.chat.Reply;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketStatus;
import dev.ticketops.slack.SlackSyntax;
import dev.ticketops.support.World;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The agency's process, end to end through the chat layer, on a real MariaDB. Some tests move the clock, so every test
 * gets its own database and clock (JUnit makes a new instance, and so a new {@link World}, per test).
 */
class LifecycleTest {
    private final World w = new World();

    @AfterEach
    void close() {
        w.close();
    }

    private TicketStatus status(TicketNumber n) {
        return w.ctx.tx(() -> w.ctx.stores().tickets().find(n).orElseThrow().status());
    }

    /** The ticket's time, summed from its entries — and the kept total must always agree with it. */
    private long minutes(TicketNumber n) {
        long sum = w.ctx.tx(() -> w.ctx.stores().timeEntries().totalMinutes(n));
        long kept = w.ctx.tx(() -> w.ctx.stores().tickets().list(new dev.ticketops.app.port.TicketQuery(null, null, false, 500)))
                .stream().filter(s -> s.number().equals(n)).findFirst().orElseThrow().totalMinutes();
        assertThat(kept).as("tickets.logged_minutes of " + n).isEqualTo(sum);
        return sum;
    }

    @Test
    void fullRun_openEstimateApproveLogClose_readsAsTheBillingRecord() {
        TicketNumber n = w.open("Checkout bug fix | the pay button does nothing");
        Reply estimate = w.say(w.staff, w.aliceChannel, "/estimate", n + " 2-3h");
        assertThat(estimate.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
        assertThat(estimate.text()).contains("2–3 hours", "$12/hour");
        long estimateId = w.ctx.tx(() -> w.ctx.stores().estimates().current(n).orElseThrow().id());

        Reply approved = w.approve(w.alice, n, estimateId);
        assertThat(approved.replaceOriginal()).isTrue();
        assertThat(approved.text()).contains("Approved by @alice", "work may begin");
        assertThat(approved.buttons()).isEmpty();

        Reply logged = w.say(w.staff, w.aliceChannel, "/log", "1.5h " + n + " found the cause");
        assertThat(logged.text()).contains("Logged 1.5 hours", "Total so far: 1.5 hours");
        w.say(w.staff, w.aliceChannel, "/log", n + " 30m tested");

        Reply closed = w.say(w.staff, w.aliceChannel, "/ticket", "close " + n + " Root cause identified; fix applied and tested");
        assertThat(closed.text()).contains("Closed " + n, "2 hours");
        assertThat(status(n)).isEqualTo(TicketStatus.CLOSED);
        assertThat(minutes(n)).isEqualTo(120);
    }

    @Test
    void logTime_isRefusedBeforeApproval() {
        TicketNumber n = w.open("Investigate slow page");
        Reply r = w.say(w.staff, w.aliceChannel, "/log", "1h " + n);
        assertThat(r.tone()).isEqualTo(Reply.Tone.REFUSAL);
        assertThat(r.text()).contains("before the client's approval", "no estimate yet");

        w.estimate(n, "1h");
        Reply again = w.say(w.staff, w.aliceChannel, "/log", "1h " + n);
        assertThat(again.text()).contains("has not approved the estimate yet");
        assertThat(minutes(n)).isZero();
    }

    @Test
    void staffCannotApprove_andNeitherCanAStranger() {
        TicketNumber n = w.open("Fix DNS");
        long e = w.estimate(n, "1-2h");

        Reply byStaff = w.approve(w.staff, n, e);
        assertThat(byStaff.tone()).isEqualTo(Reply.Tone.REFUSAL);
        assertThat(byStaff.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
        assertThat(byStaff.text()).contains("Staff cannot approve");

        Reply byStranger = w.approve(w.mallory, n, e);
        assertThat(byStranger.tone()).isEqualTo(Reply.Tone.REFUSAL);
        assertThat(byStranger.text()).contains("Only the client of ticket " + n);

        assertThat(status(n)).isEqualTo(TicketStatus.ESTIMATED);
    }

    @Test
    void secondApproval_changesNothing_andSaysWhoApprovedAndWhen() {
        TicketNumber n = w.open("Renew certificate");
        long e = w.estimate(n, "30m");
        w.approve(w.alice, n, e);
        w.clock.advance(Duration.ofMinutes(5));
        Reply second = w.approve(w.alice, n, e);
        assertThat(second.tone()).isNotEqualTo(Reply.Tone.REFUSAL);
        assertThat(second.text()).contains("already approved by @alice at 2026-11-02", "Nothing changed");
        long approvals = w.ctx.tx(() -> w.ctx.stores().events().forTicket(n).stream().filter(ev -> ev.kind().equals("APPROVED")).count());
        assertThat(approvals).isEqualTo(1);
    }

    @Test
    void declinedTicket_waitsForANewEstimate_whichReplacesThePendingOne() {
        TicketNumber n = w.open("Migrate mailbox");
        long first = w.estimate(n, "5-8h");
        Reply declined = w.click(w.alice, w.aliceChannel, "decline:" + n.value() + ":" + first);
        assertThat(declined.text()).contains("Declined by @alice");
        assertThat(status(n)).isEqualTo(TicketStatus.DECLINED);

        long second = w.estimate(n, "3-4h");
        long third = w.estimate(n, "2-3h");
        Reply stale = w.approve(w.alice, n, second);
        assertThat(stale.text()).contains("replaced by a newer one");
        Reply ok = w.approve(w.alice, n, third);
        assertThat(ok.text()).contains("2–3 hours", "Approved by @alice");
        assertThat(status(n)).isEqualTo(TicketStatus.APPROVED);
    }

    @Test
    void fortyConcurrentSixMinuteLogs_totalExactlyFourHours() throws Exception {
        TicketNumber n = w.approvedTicket("Server rebuild", "5-6h");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Reply>> results = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            var who = i % 2 == 0 ? w.staff : w.staff2;
            results.add(pool.submit(() -> {
                go.await();
                return w.say(who, w.aliceChannel, "/log", "6m " + n);
            }));
        }
        go.countDown();
        for (Future<Reply> f : results) {
            assertThat(f.get().tone()).isEqualTo(Reply.Tone.SUCCESS);
        }
        pool.shutdown();
        assertThat(minutes(n)).isEqualTo(240);
    }

    @Test
    void closedTicket_refusesTime_untilReopened() {
        TicketNumber n = w.approvedTicket("Printer setup");
        w.say(w.staff, w.aliceChannel, "/log", "45 min " + n);
        w.say(w.staff, w.aliceChannel, "/ticket", "close " + n + " Printer installed");
        Reply refused = w.say(w.staff, w.aliceChannel, "/log", "10m " + n);
        assertThat(refused.tone()).isEqualTo(Reply.Tone.REFUSAL);
        assertThat(refused.text()).contains("is closed and takes no more time", "/ticket reopen " + n);

        Reply reopened = w.say(w.staff, w.aliceChannel, "/ticket", "reopen " + n);
        assertThat(reopened.title()).contains("reopened");
        assertThat(status(n)).isEqualTo(TicketStatus.APPROVED);
        assertThat(w.say(w.staff, w.aliceChannel, "/log", "10m " + n).tone()).isEqualTo(Reply.Tone.SUCCESS);
        assertThat(minutes(n)).isEqualTo(55);
    }

    @Test
    void close_requiresASummary_andOnlyStaffMayClose() {
        TicketNumber n = w.approvedTicket("VPN access");
        assertThat(w.say(w.staff, w.aliceChannel, "/ticket", "close " + n).text()).contains("needs a summary");
        assertThat(w.say(w.alice, w.aliceChannel, "/ticket", "close " + n + " done").text()).contains("Only agency staff can close");
        assertThat(status(n)).isEqualTo(TicketStatus.APPROVED);
    }

    @Test
    void closure_postsSummaryAndTimeSpent_throughTheOutbox() {
        TicketNumber n = w.approvedTicket("Backup restore");
        w.say(w.staff, w.aliceChannel, "/log", "3h " + n);
        w.say(w.staff, w.aliceChannel, "/ticket", "close " + n + " Restored last night's backup");
        // in the ticket's thread, after its card and estimate (which no relay delivered here): not due yet, but queued
        var messages = dev.ticketops.support.Records.of(w).outbox();
        var closure = messages.stream().filter(m -> Long.valueOf(n.value()).equals(m.ticket())
                && m.kind() == dev.ticketops.app.port.Notice.Kind.TICKET_CLOSED).toList();
        assertThat(closure).hasSize(1);
        Reply card = dev.ticketops.chat.NoticeCards.notice(closure.get(0).notice(dev.ticketops.app.port.Notice.TicketClosed.class),
                SlackSyntax.INSTANCE);
        assertThat(card.text()).contains("Work completed:\nRestored last night's backup", "Time spent: 3 hours");
        assertThat(closure.get(0).channel()).isEqualTo(w.aliceChannel.channelId());
    }

    @Test
    void nonBillableTicket_needsNoEstimate_andStillRecordsTime() {
        TicketNumber n = w.open("Quick question about backups");
        Reply marked = w.say(w.staff, w.aliceChannel, "/ticket", "billable " + n + " no");
        assertThat(marked.text()).contains("non-billable");
        assertThat(w.say(w.staff, w.aliceChannel, "/log", "15m " + n).tone()).isEqualTo(Reply.Tone.SUCCESS);
        assertThat(w.say(w.staff, w.aliceChannel, "/estimate", n + " 1h").text()).contains("non-billable, so it needs no estimate");
        assertThat(minutes(n)).isEqualTo(15);
        assertThat(w.say(w.alice, w.aliceChannel, "/ticket", "billable " + n + " yes").text()).contains("Only agency staff");
    }

    @Test
    void undo_removesTheSamePersonsLastEntry_onlyWithinTenMinutes() {
        TicketNumber n = w.approvedTicket("Firewall rules");
        w.say(w.staff2, w.aliceChannel, "/log", "1h " + n);
        w.say(w.staff2, w.aliceChannel, "/log", "20m " + n);
        Reply undone = w.say(w.staff2, w.aliceChannel, "/log", "undo");
        assertThat(undone.text()).contains("Removed your entry of 20 minutes", "Total now: 1 hour");
        w.clock.advance(Duration.ofMinutes(11));
        Reply late = w.say(w.staff2, w.aliceChannel, "/log", "undo");
        assertThat(late.text()).contains("more than 10 minutes old");
        assertThat(minutes(n)).isEqualTo(60);
    }

    @Test
    void passwordInATitle_isStoredRedacted_andThePersonIsToldToUseBitwarden() {
        Reply r = w.say(w.alice, w.aliceChannel, "/ticket", "Login broken password: hunter2secret | admin at https://admin:S3cr3t@example.com");
        assertThat(r.text()).contains("Bitwarden Send");
        assertThat(r.plainText()).doesNotContain("hunter2secret").doesNotContain("S3cr3t");
        TicketNumber n = TicketNumber.of(Long.parseLong(r.title().replaceAll(".*#(\\d+).*", "$1")));
        var stored = w.ctx.tx(() -> w.ctx.stores().tickets().find(n).orElseThrow());
        assertThat(stored.title()).isEqualTo("Login broken password: [redacted]");
        assertThat(stored.description()).isEqualTo("admin at https://admin:[redacted]@example.com");
    }

    @Test
    void aRefusalThatQuotesWhatWasTyped_neverRepeatsACredential() {
        TicketNumber n = w.open("Quoted refusal");
        Reply r = w.say(w.staff, w.aliceChannel, "/estimate", n + " password=Hunter2Secret!");
        assertThat(r.tone()).isEqualTo(Reply.Tone.REFUSAL);
        assertThat(r.plainText()).doesNotContain("Hunter2Secret");
    }

    @Test
    void unicodeAndSqlLookingText_roundTripExactly() {
        String title = "Ünïcødé 🚀 '; DROP TABLE tickets; -- \" \\ %_";
        String description = "SELECT * FROM people WHERE 1=1 OR ''=' — 日本語 👩‍💻";
        TicketNumber n = w.open(w.alice, w.aliceChannel, title + " | " + description);
        var stored = w.ctx.tx(() -> w.ctx.stores().tickets().find(n).orElseThrow());
        assertThat(stored.title()).isEqualTo(title);
        assertThat(stored.description()).isEqualTo(description);
        assertThat(w.say(w.alice, w.aliceChannel, "/ticket", "show " + n).title()).contains("Ünïcødé 🚀");
    }

    @Test
    void titleLimits_areEnforcedInCharactersNotBytes() {
        String exactly200 = "🚀".repeat(200);
        assertThat(w.say(w.alice, w.aliceChannel, "/ticket", exactly200).tone()).isEqualTo(Reply.Tone.SUCCESS);
        Reply tooLong = w.say(w.alice, w.aliceChannel, "/ticket", "x".repeat(201));
        assertThat(tooLong.text()).contains("201 characters; the limit is 200");
        Reply longDescription = w.say(w.alice, w.aliceChannel, "/ticket", "Title | " + "d".repeat(4001));
        assertThat(longDescription.text()).contains("limit is 4000");
    }

    @Test
    void clientCannotSeeAnotherClientsTicket() {
        TicketNumber alices = w.open("Alice's private matter");
        TicketNumber bobs = w.open(w.bob, w.bobChannel, "Bob's request");
        Reply peek = w.say(w.bob, w.bobChannel, "/ticket", "show " + alices);
        assertThat(peek.tone()).isEqualTo(Reply.Tone.REFUSAL);
        assertThat(peek.plainText()).doesNotContain("Alice's private matter");
        Reply list = w.say(w.bob, w.bobChannel, "/ticket", "list all");
        assertThat(list.text()).contains(bobs.toString()).doesNotContain("Alice's private matter");
        Reply staffList = w.say(w.staff, w.aliceChannel, "/ticket", "list");
        assertThat(staffList.text()).contains("Alice's private matter", "Bob's request");
    }

    @Test
    void linkedChannel_makesItsPeopleContactsOfTheClient_whoMayApprove() {
        var acme = World.channel("C_ACME");
        var carol = World.person("U_CAROL", "carol", dev.ticketops.domain.Role.CLIENT);
        var dave = World.person("U_DAVE", "dave", dev.ticketops.domain.Role.CLIENT);
        assertThat(w.say(carol, acme, "/ticket", "link Acme Corp").text()).contains("Only agency staff");
        assertThat(w.say(w.staff, acme, "/ticket", "link Acme Corp").text()).contains("linked to Acme Corp");
        TicketNumber n = w.open(carol, acme, "Acme website down");
        w.say(dave, acme, "/ticket", "Acme email slow");
        Reply est = w.say(w.staff, acme, "/estimate", n + " 1-2h");
        assertThat(est.tone()).isEqualTo(Reply.Tone.SUCCESS);
        long estimateId = w.ctx.tx(() -> w.ctx.stores().estimates().current(n).orElseThrow().id());
        Reply byColleague = w.click(dave, acme, "approve:" + n.value() + ":" + estimateId);
        assertThat(byColleague.text()).contains("Approved by @dave");
        // staff open tickets in a linked channel on the client's behalf; elsewhere they are told how
        assertThat(w.say(w.staff, acme, "/ticket", "Phone outage").title()).contains("opened");
        assertThat(w.say(w.staff, World.channel("C_RANDOM"), "/ticket", "Phone outage").text()).contains("not linked to a client");
    }

    @Test
    void ticketNumbers_areGlobalAndSequential_acrossPlatforms() {
        var discordUser = new dev.ticketops.domain.Caller(dev.ticketops.domain.Platform.DISCORD, "G1", "D_ALICE", "alice",
                dev.ticketops.domain.Role.CLIENT);
        var discordChannel = new dev.ticketops.domain.ChannelRef(dev.ticketops.domain.Platform.DISCORD, "G1", "DC1");
        TicketNumber a = w.open("From Slack");
        TicketNumber b = w.open(discordUser, discordChannel, "From Discord");
        TicketNumber c = w.open("From Slack again");
        assertThat(b.value()).isEqualTo(a.value() + 1);
        assertThat(c.value()).isEqualTo(b.value() + 1);
        assertThat(w.say(w.staff, w.aliceChannel, "/ticket", "show " + b).title()).contains("From Discord");
    }

    @Test
    void replayedRequestKey_doesNotActTwice_andGetsTheFirstAnswer() {
        TicketNumber n = w.approvedTicket("Replay check");
        var req = new dev.ticketops.chat.ChatRequest(w.staff, w.aliceChannel, "/log", "1h " + n, "slack:v0=abc:1700000000");
        Reply first = w.chat.handle(req);
        Reply second = w.chat.handle(req);
        assertThat(second).isEqualTo(first);
        assertThat(minutes(n)).isEqualTo(60);

        var open = new dev.ticketops.chat.ChatRequest(w.alice, w.aliceChannel, "/ticket", "Only once please", "discord:123456");
        Reply o1 = w.chat.handle(open);
        Reply o2 = w.chat.handle(open);
        assertThat(o2).isEqualTo(o1);
        long count = w.ctx.tx(() -> w.ctx.stores().tickets().list(new dev.ticketops.app.port.TicketQuery(null, null, false, 500))
                .stream().filter(s -> s.title().equals("Only once please")).count());
        assertThat(count).isEqualTo(1);
    }

    @Test
    void concurrentRepeatsOfOneRequest_actOnce() throws Exception {
        TicketNumber n = w.approvedTicket("Concurrent replay");
        var req = new dev.ticketops.chat.ChatRequest(w.staff, w.aliceChannel, "/log", "10m " + n, "same-key-" + n);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Reply>> fs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            fs.add(pool.submit(() -> w.chat.handle(req)));
        }
        for (Future<Reply> f : fs) {
            assertThat(f.get().text()).contains("Logged 10 minutes");
        }
        pool.shutdown();
        assertThat(minutes(n)).isEqualTo(10);
    }

    @Test
    void concurrentRepeatsOfALink_allGetTheFirstAnswer_notAnError() throws Exception {
        var channel = dev.ticketops.support.World.channel("C_RACE");
        var req = new dev.ticketops.chat.ChatRequest(w.staff, channel, "/ticket", "link Racing Client Ltd", "link-race-key");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Reply>> fs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            fs.add(pool.submit(() -> {
                go.await();
                return w.chat.handle(req);
            }));
        }
        go.countDown();
        String first = null;
        for (Future<Reply> f : fs) {
            String text = f.get().plainText();
            assertThat(text).doesNotContain("Something went wrong").contains("Racing Client Ltd");
            first = first == null ? text : first;
            assertThat(text).isEqualTo(first);
        }
        pool.shutdown();
    }

    @Test
    void everyChange_isAudited_withWhoPlatformAndWhen() {
        TicketNumber n = w.approvedTicket("Audit trail");
        w.say(w.staff, w.aliceChannel, "/log", "1h " + n);
        var kinds = w.ctx.tx(() -> w.ctx.stores().events().forTicket(n)).stream().map(e -> e.kind() + "/" + e.actorName() + "/" + e.platform()).toList();
        assertThat(kinds).containsExactly("OPENED/alice/SLACK", "ESTIMATED/sam/SLACK", "APPROVED/alice/SLACK", "TIME_LOGGED/sam/SLACK");
        Reply show = w.say(w.alice, w.aliceChannel, "/ticket", "show " + n);
        assertThat(show.plainText()).contains("History", "approved by @alice (Slack)", "Time entries", "1 hour by @sam");
    }
}
