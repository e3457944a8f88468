package dev.ticketops.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Notice;
import dev.ticketops.app.port.PendingMessage;
import dev.ticketops.chat.NoticeCards;
import dev.ticketops.chat.Reply;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Role;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.slack.SlackSyntax;
import dev.ticketops.support.MutableClock;
import dev.ticketops.support.StoreAccess;
import dev.ticketops.support.TestDatabases;
import dev.ticketops.chat.Conversation;
import dev.ticketops.chat.ChatRequest;
import dev.ticketops.chat.ChatAction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The daily digest with an adjustable clock on real MariaDB. */
class DigestTest {
    static final Destination STAFF_SLACK = new Destination(Platform.SLACK, "slack", "C_STAFF", false);
    final List<TestDatabases.TestDb> dbs = new ArrayList<>();

    record Setup(UseCaseFactory ctx, StoreAccess stores, Conversation chat, MutableClock clock, TestDatabases.TestDb db) {
        Reply say(Caller who, ChannelRef where, String command, String text) {
            return chat.handle(new ChatRequest(who, where, command, text, UUID.randomUUID().toString()));
        }

        List<PendingMessage> digests() {
            return stores.tx(() -> db.database().outboxQueue().lockDue(Instant.parse("2100-01-01T00:00:00Z"), 500,
                    EnumSet.allOf(Platform.class))).stream().filter(m -> m.notice().kind() == Notice.Kind.DIGEST).toList();
        }
    }

    Setup setup(String zone, String start) {
        TestDatabases.TestDb db = TestDatabases.open();
        dbs.add(db);
        MutableClock clock = MutableClock.at(start);
        BillingDefaults billing = new BillingDefaults(Money.usd("12.00"), 7, ZoneId.of(zone), 3, "https://support.example.com");
        UseCaseFactory app = new UseCaseFactory(db.database().stores(), clock, billing);
        return new Setup(app, new StoreAccess(db.database().stores(), billing), new Conversation(app.useCases(), SlackSyntax.INSTANCE),
                clock, db);
    }

    @AfterEach
    void tearDown() {
        dbs.forEach(TestDatabases.TestDb::close);
    }

    static SendDigests digests(UseCaseFactory app, String at) {
        return app.sendDigests(new SendDigests.Settings(LocalTime.parse(at), List.of(STAFF_SLACK)));
    }

    @Test
    void theDigest_firesAtTheSetLocalTime_once() {
        Setup s = setup("Europe/Berlin", "2026-11-26T07:00:00Z");
        SendDigests send = digests(s.ctx(), "09:00");
        s.clock().set(Instant.parse("2026-11-26T07:59:00Z")); // 08:59 in Berlin
        assertThat(send.execute()).isZero();
        s.clock().set(Instant.parse("2026-11-26T08:00:00Z")); // 09:00 in Berlin
        assertThat(send.execute()).isEqualTo(1);
        assertThat(send.execute()).isZero();
        s.clock().advance(Duration.ofHours(5));
        assertThat(send.execute()).isZero();
        assertThat(s.digests()).hasSize(1);
        assertThat(s.digests().get(0).destination().id()).isEqualTo("C_STAFF");
        assertThat(NoticeCards.notice(s.digests().get(0).notice(), SlackSyntax.INSTANCE).plainText()).contains("Daily digest — Thu 26 Nov 2026", "quiet day");
    }

    @Test
    void aRestartAfterTheTime_sendsTheMissedDigestOnce() {
        Setup s = setup("UTC", "2026-11-26T15:30:00Z");
        assertThat(digests(s.ctx(), "09:00").execute()).isEqualTo(1);
        // a new process (a new SendDigests) later the same day sends nothing more
        s.clock().advance(Duration.ofHours(2));
        assertThat(digests(s.ctx(), "09:00").execute()).isZero();
        assertThat(s.digests()).hasSize(1);
    }

    @Test
    void twoInstancesOnOneDatabase_postItOnce() throws Exception {
        Setup s = setup("UTC", "2026-11-26T09:00:01Z");
        UseCaseFactory other = new UseCaseFactory(s.db().database().stores(), s.clock(), s.stores().billing());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            UseCaseFactory c = i % 2 == 0 ? s.ctx() : other;
            runs.add(() -> digests(c, "09:00").execute());
        }
        int total = 0;
        for (Future<Integer> f : pool.invokeAll(runs)) {
            total += f.get();
        }
        pool.shutdown();
        assertThat(total).isEqualTo(1);
        assertThat(s.digests()).hasSize(1);
    }

    @Test
    void aDaylightSavingWeek_sendsExactlySeven_inBerlinAndNewYork() {
        // autumn: Berlin leaves summer time on 25 Oct 2026, New York on 1 Nov 2026
        assertThat(sentDuringWeek("Europe/Berlin", "2026-10-22T00:00:00Z", "09:00")).isEqualTo(7);
        assertThat(sentDuringWeek("America/New_York", "2026-10-29T04:00:00Z", "09:00")).isEqualTo(7);
        // spring: 02:30 does not exist on 29 Mar 2026 in Berlin, nor on 8 Mar 2026 in New York
        assertThat(sentDuringWeek("Europe/Berlin", "2026-03-26T00:00:00Z", "02:30")).isEqualTo(7);
        assertThat(sentDuringWeek("America/New_York", "2026-03-05T05:00:00Z", "02:30")).isEqualTo(7);
        // autumn: 02:30 happens twice on 25 Oct 2026 in Berlin
        assertThat(sentDuringWeek("Europe/Berlin", "2026-10-22T00:00:00Z", "02:30")).isEqualTo(7);
    }

    private int sentDuringWeek(String zone, String start, String at) {
        Setup s = setup(zone, start);
        SendDigests send = digests(s.ctx(), at);
        Instant end = Instant.parse(start).plus(Duration.ofDays(7));
        int sent = 0;
        while (s.clock().instant().isBefore(end)) {
            sent += send.execute();
            s.clock().advance(Duration.ofMinutes(20));
        }
        var days = s.digests().stream().map(m -> ((Notice.DailyDigest) m.notice()).digest().day()).distinct().count();
        assertThat(days).isEqualTo(sent);
        return sent;
    }

    @Test
    void theStaffDigest_hasItsSections_andTheClientDigestOnlyThatClientsData() {
        Setup s = setup("UTC", "2026-11-25T10:00:00Z");
        Caller staff = new Caller(Platform.SLACK, "T1", "U_S", "sam", Role.STAFF);
        Caller acmeUser = new Caller(Platform.SLACK, "T1", "U_A", "ann", Role.CLIENT);
        Caller globexUser = new Caller(Platform.SLACK, "T1", "U_G", "gil", Role.CLIENT);
        ChannelRef acme = new ChannelRef(Platform.SLACK, "T1", "C_ACME");
        ChannelRef globex = new ChannelRef(Platform.SLACK, "T1", "C_GLOBEX");
        s.say(staff, acme, "/ticket", "link Acme");
        s.say(staff, globex, "/ticket", "link Globex");
        long worked = open(s, acmeUser, acme, "Acme server patching | see https://send.bitwarden.com/#abc/def");
        long waiting = open(s, acmeUser, acme, "Acme VPN password: hunter22");
        long secret = open(s, globexUser, globex, "Globex secret merger project");
        s.say(staff, acme, "/estimate", "#" + worked + " 2-3h");
        long e = s.stores().tx(() -> s.stores().stores().estimates().current(TicketNumber.of(worked)).orElseThrow().id());
        s.chat().click(new ChatAction(acmeUser, acme, "approve", "approve:" + worked + ":" + e, null));
        s.say(staff, globex, "/estimate", "#" + secret + " 1h");
        s.say(staff, acme, "/log", "1.5h #" + worked + " internal note: rebooted prod db");
        s.say(staff, acme, "/ticket", "close #" + worked + " Patched");

        s.clock().set(Instant.parse("2026-11-26T09:05:00Z"));
        SendDigests send = s.ctx().sendDigests(new SendDigests.Settings(LocalTime.of(9, 0), List.of(STAFF_SLACK)));
        assertThat(send.execute()).isEqualTo(3);
        var byDestination = new java.util.HashMap<String, String>();
        for (PendingMessage m : s.digests()) {
            byDestination.put(m.destination().id(), NoticeCards.notice(m.notice(), SlackSyntax.INSTANCE).plainText());
        }
        String staffDigest = byDestination.get("C_STAFF");
        assertThat(staffDigest).contains("Opened since the last digest", "Waiting for an estimate", "#" + waiting,
                "Waiting for the client's approval", "#" + secret, "Time logged yesterday", "1.5 hours", "By staff member: sam",
                "Closed yesterday", "#" + worked, "(Globex)");
        String acmeDigest = byDestination.get("C_ACME");
        assertThat(acmeDigest).contains("Acme", "#" + worked, "#" + waiting)
                .doesNotContain("Globex").doesNotContain("secret merger").doesNotContain("#" + secret + " ")
                .doesNotContain("bitwarden").doesNotContain("[redacted]").doesNotContain("rebooted prod db")
                .doesNotContain("By staff member");
        assertThat(byDestination.get("C_GLOBEX")).contains("Globex secret merger").doesNotContain("Acme");

        Reply preview = s.say(staff, acme, "/ticket", "digest");
        assertThat(preview.visibility()).isEqualTo(Reply.Visibility.PRIVATE);
        assertThat(preview.plainText()).contains("Daily digest");
        assertThat(s.say(acmeUser, acme, "/ticket", "digest").text()).contains("Only agency staff");
        assertThat(s.digests()).hasSize(3);
    }

    static long open(Setup s, Caller who, ChannelRef where, String title) {
        return Long.parseLong(s.say(who, where, "/ticket", title).title().replaceAll(".*#(\\d+).*", "$1"));
    }
}
