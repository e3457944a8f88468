package dev.ticketops.threads;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.app.RecordThreadMessage;
import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.ThreadRef;
import dev.ticketops.app.port.TicketThread;
import dev.ticketops.chat.MessageSender;
import dev.ticketops.chat.Reply;
import dev.ticketops.chat.Syntax;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.jobs.OutboxRelay;
import dev.ticketops.slack.SlackSyntax;
import dev.ticketops.support.World;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The conversation rules of the core, on a real MariaDB with the clock in hand: what is recorded (redacted), what is
 * answered, assignment, the assignee's batched DMs and the first response time.
 */
class ConversationTest {
    static final String THREAD = "1700000000.000500";

    final World w = new World();
    final List<Destination> sentTo = new ArrayList<>();
    final List<Reply> sent = new ArrayList<>();
    final AtomicInteger ids = new AtomicInteger();
    final OutboxRelay relay = new OutboxRelay(w.database().transactions(), w.database().outboxQueue(),
            w.database().stores().threads(), Map.of(Platform.SLACK, new MessageSender() {
                @Override
                public String send(Destination d, Reply reply) {
                    sentTo.add(d);
                    sent.add(reply);
                    return "ts-" + ids.incrementAndGet();
                }

                @Override
                public ThreadRef startThread(Destination d, Reply reply, String name) {
                    send(d, reply);
                    return new ThreadRef(d.platform(), d.workspaceId(), d.id(), THREAD, THREAD);
                }

                @Override
                public Syntax syntax() {
                    return SlackSyntax.INSTANCE;
                }
            }), w.clock, Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(15));

    @AfterEach
    void close() {
        relay.close();
        w.close();
    }

    /** A ticket of alice's whose card (and so its thread) was delivered. */
    TicketNumber ticketWithThread(String title) {
        TicketNumber n = w.open(title);
        relay.drain();
        sent.clear();
        sentTo.clear();
        return n;
    }

    RecordThreadMessage.Recorded write(Caller who, String ts, String text) {
        return w.app.recordThreadMessage().execute(new RecordThreadMessage.Command(who, true, w.aliceChannel.channelId(),
                THREAD, ts, text));
    }

    List<String> stored(TicketNumber n) {
        return w.ctx.tx(() -> w.database().stores().messages().latest(n, true, 50)).stream()
                .map(m -> m.authorName() + ": " + m.text() + (m.internal() ? " [internal]" : "")).toList();
    }

    @Test
    void aClientMessageInTheThread_isRecordedRedacted_andTheAuthorIsAskedToDeleteIt() {
        TicketNumber n = ticketWithThread("Mail is down");

        var r = write(w.alice, "1700000000.000601", "the admin password is Hunter2-Sup3r-Secret! please use it");

        assertThat(r.outcome()).isEqualTo(RecordThreadMessage.Outcome.RECORDED);
        assertThat(stored(n)).singleElement().satisfies(s -> assertThat(s).startsWith("alice: ").doesNotContain("Hunter2"));
        relay.drain();
        assertThat(sent).extracting(Reply::text).anySatisfy(t -> assertThat(t)
                .contains("@alice", "please delete it", "Bitwarden Send").doesNotContain("Hunter2"));
        assertThat(sentTo).allSatisfy(d -> assertThat(d.id()).isEqualTo(w.aliceChannel.channelId()));
    }

    @Test
    void aRepeatedEvent_actsOnce_andAThreadOfNoTicket_isIgnored() {
        TicketNumber n = ticketWithThread("Printer");

        write(w.alice, "1700000000.000602", "it jams again");
        var again = write(w.alice, "1700000000.000602", "it jams again");
        var elsewhere = w.app.recordThreadMessage().execute(new RecordThreadMessage.Command(w.alice, true, "C_OTHER",
                "1700000000.000999", "1700000000.001000", "hello"));

        assertThat(again.outcome()).isEqualTo(RecordThreadMessage.Outcome.REPEATED);
        assertThat(elsewhere.outcome()).isEqualTo(RecordThreadMessage.Outcome.NOT_A_TICKET_THREAD);
        assertThat(stored(n)).containsExactly("alice: it jams again");
    }

    @Test
    void aMessageInAClosedTicketsThread_getsTheClosedAnswerOnce() {
        TicketNumber n = w.approvedTicket("Backups");
        relay.drain();
        w.say(w.staff, w.aliceChannel, "/ticket", "close " + n + " verified");
        relay.drain();
        sent.clear();

        write(w.alice, "1700000000.000603", "one more thing");
        write(w.alice, "1700000000.000603", "one more thing");
        relay.drain();

        assertThat(sent).extracting(Reply::text).filteredOn(t -> t.contains("this ticket is closed")).hasSize(1);
        assertThat(sent.get(0).text()).contains("/ticket");
    }

    @Test
    void showTicket_listsTheLastMessages_withHowManyMore_andInternalNotesOnlyForStaff() {
        TicketNumber n = ticketWithThread("Website slow");
        for (int i = 1; i <= 7; i++) {
            write(w.alice, "1700000000.00070" + i, "message " + i);
        }
        w.ctx.tx(() -> {
            w.database().stores().threads().started(n, TicketThread.Side.TRIAGE,
                    new ThreadRef(Platform.SLACK, World.WORKSPACE, "C_TRIAGE", "1700000000.000800", "1700000000.000800"),
                    w.clock.instant());
            return null;
        });
        w.app.recordThreadMessage().execute(new RecordThreadMessage.Command(w.staff, true, "C_TRIAGE", "1700000000.000800",
                "1700000000.000801", "internal: the client's host is overloaded"));

        String forStaff = w.say(w.staff, w.aliceChannel, "/ticket", "show " + n).plainText();
        String forClient = w.say(w.alice, w.aliceChannel, "/ticket", "show " + n).plainText();

        assertThat(forStaff).contains("Conversation (3 more)", "message 7", "internal note", "host is overloaded");
        assertThat(forClient).contains("Conversation (2 more)", "message 7").doesNotContain("overloaded", "internal");
    }

    @Test
    void theAssignee_getsAtMostOneDmPerTicketEveryFiveMinutes_withTheNewestMessage() {
        TicketNumber n = ticketWithThread("VPN");
        assertThat(w.say(w.staff, w.aliceChannel, "/ticket", "assign " + n + " me").text()).contains("You have taken ticket " + n);

        write(w.alice, "1700000000.000901", "first");
        relay.drain();
        w.clock.advance(Duration.ofMinutes(1));
        write(w.alice, "1700000000.000902", "second");
        w.clock.advance(Duration.ofMinutes(1));
        write(w.alice, "1700000000.000903", "third");
        relay.drain();
        assertThat(dms()).containsExactly("first");

        w.clock.advance(Duration.ofMinutes(3));
        relay.drain();
        assertThat(dms()).containsExactly("first", "third");

        w.clock.advance(Duration.ofMinutes(6));
        write(w.alice, "1700000000.000904", "fourth");
        relay.drain();
        assertThat(dms()).containsExactly("first", "third", "fourth");
        assertThat(sentTo).filteredOn(Destination::direct).allSatisfy(d -> assertThat(d.id()).isEqualTo("U_STAFF"));
    }

    List<String> dms() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            if (sentTo.get(i).direct()) {
                String t = sent.get(i).text();
                out.add(t.substring(t.lastIndexOf("> ") + 2));
            }
        }
        return out;
    }

    @Test
    void assignment_isForStaffOnly_andListMineShowsTheAssignedOpenTickets() {
        TicketNumber n = ticketWithThread("DNS");
        TicketNumber other = ticketWithThread("SSL");

        assertThat(w.say(w.alice, w.aliceChannel, "/ticket", "assign " + n + " me").text()).contains("Only agency staff");
        w.say(w.staff2, w.aliceChannel, "/ticket", "list");
        assertThat(w.say(w.staff, w.aliceChannel, "/ticket", "assign " + n + " <@U_STAFF2|sally>").text())
                .contains("@sally has taken ticket " + n);
        assertThat(w.say(w.staff, w.aliceChannel, "/ticket", "assign " + other + " <@U_ALICE|alice>").text())
                .contains("not known as support staff");
        assertThat(w.say(w.staff2, w.aliceChannel, "/ticket", "list mine").plainText()).contains(n.toString())
                .doesNotContain(other.toString());
        assertThat(w.say(w.staff, w.aliceChannel, "/ticket", "list mine").plainText()).contains("No open tickets are assigned");
        w.clock.advance(Duration.ofSeconds(5)); // card edits wait a few seconds, so that several changes make one edit
        relay.drain();
        assertThat(sent).extracting(Reply::plainText).anySatisfy(t -> assertThat(t).contains("Assignee", "@sally"));
    }

    @Test
    void theFirstResponse_isTheTimeFromOpeningToStaffsFirstAnswer() {
        TicketNumber n = ticketWithThread("Slow login");
        w.clock.advance(Duration.ofMinutes(40));
        write(w.alice, "1700000000.001001", "any news?");
        assertThat(w.say(w.staff, w.aliceChannel, "/ticket", "show " + n).plainText()).contains("First response: not yet");

        w.clock.advance(Duration.ofMinutes(5));
        assertThat(w.say(w.staff, w.aliceChannel, "/ticket", "reply " + n + " looking into it now").text())
                .contains("signed with your name");
        w.clock.advance(Duration.ofMinutes(30));
        w.say(w.staff, w.aliceChannel, "/estimate", n + " 1h");

        assertThat(w.say(w.alice, w.aliceChannel, "/ticket", "show " + n).plainText())
                .contains("First response: 45 minutes after opening");
        relay.drain();
        assertThat(sent).extracting(Reply::text).anySatisfy(t -> assertThat(t).contains("looking into it now", "— sam"));
    }

    @Test
    void theStaffDigest_showsUnassignedTickets_ticketsPerAssignee_andYesterdaysFirstResponses() {
        TicketNumber slow = ticketWithThread("Slow login");
        TicketNumber dns = ticketWithThread("DNS");
        TicketNumber vpn = ticketWithThread("VPN");
        w.say(w.staff2, w.aliceChannel, "/ticket", "list");
        w.say(w.staff, w.aliceChannel, "/ticket", "assign " + dns + " <@U_STAFF2|sally>");
        w.clock.advance(Duration.ofMinutes(10));
        w.say(w.staff, w.aliceChannel, "/ticket", "reply " + slow + " looking into it");
        w.clock.advance(Duration.ofMinutes(20));
        w.say(w.staff, w.aliceChannel, "/estimate", vpn + " 1h");
        w.clock.advance(Duration.ofMinutes(30));
        w.say(w.staff, w.aliceChannel, "/ticket", "reply " + dns + " on it");

        java.time.Instant now = w.clock.instant();
        java.time.LocalDate today = now.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        var digest = w.ctx.tx(() -> w.app.buildDigest().build(null, "staff", now.minus(Duration.ofDays(1)), today.plusDays(1)));
        var sections = digest.sections().stream().collect(java.util.stream.Collectors.toMap(
                dev.ticketops.domain.Digest.Section::name, x -> String.join("\n", x.lines())));
        assertThat(sections.get("Unassigned tickets")).contains(slow + " Slow login", vpn + " VPN").doesNotContain("DNS");
        assertThat(sections.get("Open tickets per assignee")).isEqualTo("sally 1");
        // first answers after 10, 30 and 60 minutes: median 30, slowest 60
        assertThat(sections.get("First response yesterday")).isEqualTo("3 tickets answered — median 30 min, slowest 1 h");

        var nextDay = w.ctx.tx(() -> w.app.buildDigest().build(null, "staff", now, today.plusDays(2)));
        assertThat(nextDay.sections()).extracting(dev.ticketops.domain.Digest.Section::name).doesNotContain("First response yesterday");
    }
}
