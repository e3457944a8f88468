package dev.ticketops.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.chat.Reply;
import dev.ticketops.domain.Amount;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.EstimateRange;
import dev.ticketops.domain.InvoiceNumber;
import dev.ticketops.domain.PaymentMethod;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Role;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.support.Hints;
import dev.ticketops.domain.WorkDuration;
import dev.ticketops.support.Records;
import dev.ticketops.support.World;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every refusal of the use cases, called the way the composition root hands them to the adapters — and of values that
 * do not read (a duration, a range, an amount, an invoice number), refused where the command is read: the person reads
 * why and what to do, and nothing is stored, audited or queued. No test moves the clock, so the class shares one
 * database; each case compares the database before and after itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusalsChangeNothingTest {
    private final World w = new World();
    private final Records records = Records.of(w);
    private final ChannelRef acme = World.channel("C_ACME");
    private final Caller carol = World.person("U_CAROL", "carol", Role.CLIENT);
    private final Caller namesake = World.person("U_NAMESAKE", "Acme Corp", Role.CLIENT);
    private TicketNumber open;
    private TicketNumber closed;

    @BeforeAll
    void setUp() {
        assertThat(w.say(w.staff, acme, "/ticket", "link Acme Corp").tone()).isEqualTo(Reply.Tone.SUCCESS);
        open = w.open(carol, acme, "Open ticket");
        closed = w.approvedTicket("Closed ticket");
        w.say(w.staff2, w.aliceChannel, "/log", "10m " + closed);
        assertThat(w.say(w.staff, w.aliceChannel, "/ticket", "close " + closed + " done").tone()).isEqualTo(Reply.Tone.SUCCESS);
        // an individual client with the same name as the organisation
        w.open(namesake, World.channel("C_NAMESAKE"), "Namesake's ticket");
    }

    @AfterAll
    void close() {
        w.close();
    }

    /** A use case call that is expected to be refused. */
    record Case(String name, Function<RefusalsChangeNothingTest, Result<?>> call, String reason, String hint) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Case refused(String name, Function<RefusalsChangeNothingTest, Result<?>> call, String reason, String hint) {
        return new Case(name, call, reason, hint);
    }

    static Stream<Arguments> cases() {
        String long201 = "x".repeat(201);
        return Stream.of(
                refused("terms: rate not an amount", t -> t.said(t.w.staff, t.acme, "/invoice", "terms Acme Corp rate=abc"),
                        "rate: ", "Write it like 12 or 12.50"),
                refused("terms: rate zero", t -> t.terms(t.w.staff, "Acme Corp", "0", null, null, false),
                        "The rate must be above zero.", "Usage: /invoice terms"),
                refused("terms: term negative", t -> t.terms(t.w.staff, "Acme Corp", null, "-1", null, false),
                        "is not a number of days from 0 to 365.", "Usage: /invoice terms"),
                refused("terms: term 366", t -> t.terms(t.w.staff, "Acme Corp", null, "366", null, false),
                        "term: “366” is not a number of days from 0 to 365.", "Usage: /invoice terms"),
                refused("terms: term words", t -> t.said(t.w.staff, t.acme, "/invoice", "terms Acme Corp term=two"),
                        "is not a number of days", "Usage:"),
                refused("terms: contact too long", t -> t.terms(t.w.staff, "Acme Corp", null, null, long201, false),
                        "That billing contact cannot be stored.", "up to 200 characters"),
                refused("terms: contact with a secret", t -> t.terms(t.w.staff, "Acme Corp", null, null, "password=Hunter2Secret!", false),
                        "That billing contact cannot be stored.", "up to 200 characters"),
                refused("terms: by a client", t -> t.terms(t.carol, "Acme Corp", "1", null, null, false),
                        "Only agency staff can view or change a client's terms.", "staff will take care of it"),
                refused("terms: billing channel not linked", t -> t.terms(t.w.staff, "id:" + t.acmeId(), null, null, null, true, World.channel("C_ELSEWHERE")),
                        "This channel is not linked to Acme Corp, so it cannot be its billing channel", "/ticket link Acme Corp"),
                refused("terms: two clients of that name", t -> t.terms(t.w.staff, "Acme Corp", "20", null, null, false),
                        "Several clients are named “Acme Corp”: id:", "Name one by its id, e.g. id:"),
                refused("terms: unknown client id", t -> t.terms(t.w.staff, "id:999999", "20", null, null, false),
                        "There is no client id:999999.", "/invoice list"),
                refused("terms: unknown client name", t -> t.terms(t.w.staff, "Nobody Ltd", "20", null, null, false),
                        "There is no client named “Nobody Ltd”.", "/ticket link <client name>"),
                refused("terms: which client", t -> t.terms(t.w.staff, "", "20", null, null, false, World.channel("C_UNLINKED")),
                        "Which client? This channel is not linked to one.", "/invoice Acme Corp"),
                refused("link: empty name", t -> t.link(t.w.staff, "   "), "A client name of 1-200 characters is needed.", "Usage: /ticket link"),
                refused("link: name too long", t -> t.link(t.w.staff, long201), "A client name of 1-200 characters is needed.", "Usage:"),
                refused("link: name with a secret", t -> t.link(t.w.staff, "Acme password=Hunter2Secret!"),
                        "That name looks like it contains a credential.", "plain name"),
                refused("link: by a client", t -> t.link(t.carol, "Carol Inc"), "Only agency staff can link a channel to a client.", "staff"),
                refused("override: no reason", t -> t.w.app.overrideOverdue().execute(new OverrideOverdue.Command(t.w.staff, t.open, "  ")),
                        "An override needs a reason", "Usage: /invoice override #N <reason>"),
                refused("override: by a client", t -> t.w.app.overrideOverdue().execute(new OverrideOverdue.Command(t.carol, t.open, "please")),
                        "Only agency staff can override the overdue pause.", "staff"),
                refused("override: unknown ticket", t -> t.w.app.overrideOverdue().execute(new OverrideOverdue.Command(t.w.staff, TicketNumber.of(99999), "x")),
                        "Ticket #99999 does not exist", "/ticket list"),
                refused("undo: by a client", t -> t.w.app.undoTime().execute(new UndoTime.Command(t.carol)),
                        "Only agency staff can log or undo time.", "staff"),
                refused("undo: nothing logged", t -> t.w.app.undoTime().execute(new UndoTime.Command(t.w.staff)),
                        "You have no time entry to undo.", "Log time with /log <duration> #N."),
                refused("undo: on a closed ticket", t -> t.w.app.undoTime().execute(new UndoTime.Command(t.w.staff2)),
                        "is closed; its time is the billing record.", "/ticket reopen"),
                refused("close: no summary", t -> t.w.app.closeTicket().execute(new CloseTicket.Command(t.w.staff, t.open, " ")),
                        "Closing a ticket needs a summary of the work completed.", "the summary and total time are the billing record"),
                refused("close: summary too long", t -> t.w.app.closeTicket().execute(new CloseTicket.Command(t.w.staff, t.open, "s".repeat(4001))),
                        "The summary is longer than 4000 characters.", "Shorten it"),
                refused("close: twice", t -> t.w.app.closeTicket().execute(new CloseTicket.Command(t.w.staff, t.closed, "again")),
                        "is already closed.", "/ticket show"),
                refused("reopen: an open ticket", t -> t.w.app.reopenTicket().execute(new ReopenTicket.Command(t.w.staff, t.open)),
                        "is not closed.", "It is already open: Waiting for an estimate."),
                refused("estimate: on a closed ticket", t -> t.w.app.postEstimate().execute(new PostEstimate.Command(t.w.staff, t.closed, range("1h"), null)),
                        "is closed.", "Reopen it first"),
                refused("estimate: note too long", t -> t.w.app.postEstimate().execute(new PostEstimate.Command(t.w.staff, t.open, range("1h"), "n".repeat(1001))),
                        "The note is longer than 1000 characters.", "short"),
                refused("estimate: not a range", t -> t.said(t.w.staff, t.w.aliceChannel, "/estimate", t.open + " soon"),
                        "soon", "Usage:\n/estimate"),
                refused("billable: on a closed ticket", t -> t.w.app.setBillable().execute(new SetBillable.Command(t.w.staff, t.closed, false)),
                        "is closed; its billing record is final.", "Reopen it first"),
                refused("log: note too long", t -> t.w.app.logTime().execute(new LogTime.Command(t.w.staff, t.open, duration("1h"), "n".repeat(1001))),
                        "The note is longer than 1000 characters.", "closing summary"),
                refused("log: not a duration", t -> t.said(t.w.staff, t.w.aliceChannel, "/log", t.open + " ages"),
                        "ages", "Usage:\n/log <duration> #N [note]"),
                refused("invoice: by a client", t -> t.w.app.issueInvoice().execute(new IssueInvoice.Command(t.carol, t.acme, null)),
                        "Only agency staff can issue invoices.", "staff"),
                refused("invoice: nothing to bill", t -> t.w.app.issueInvoice().execute(new IssueInvoice.Command(t.w.staff, t.acme, null)),
                        "Nothing to invoice for Acme Corp", "/ticket close #N <summary>"),
                refused("payment: not an invoice number", t -> t.said(t.w.staff, t.acme, "/invoice", "paid 12 wise"),
                        "“12” is not an invoice number.", "Usage:\n/invoice paid"),
                refused("payment: a method the agency does not take", t -> t.said(t.w.staff, t.acme, "/invoice", "paid INV-2026-0001 cash"),
                        "“cash” is not one of the agency's payment methods (wise or paypal).", "Usage: /invoice paid"),
                refused("payment: unknown invoice", t -> t.w.app.recordPayment().execute(new RecordPayment.Command(t.w.staff, InvoiceNumber.parse("INV-2026-0042").orElseThrow(),
                                Optional.of(Amount.parse("1").orElseThrow()), PaymentMethod.WISE, null)),
                        "There is no invoice INV-2026-0042.", "/invoice list"),
                refused("overrun: unknown request", t -> t.w.app.decideOverrun().execute(new DecideOverrun.Command(t.w.staff, t.open, 1, dev.ticketops.domain.Decision.APPROVED)),
                        "That request for extra time does not exist.", "/ticket show #")
        ).map(Arguments::of);
    }

    private long acmeId() {
        return w.ctx.tx(() -> w.ctx.stores().channelLinks().clientOf(acme).orElseThrow());
    }

    private Result<?> terms(Caller who, String client, String rate, String term, String contact, boolean here) {
        return terms(who, client, rate, term, contact, here, acme);
    }

    private Result<?> terms(Caller who, String client, String rate, String term, String contact, boolean here, ChannelRef where) {
        return w.app.changeTerms().execute(new ChangeTerms.Command(who, where, client,
                Optional.ofNullable(rate).map(a -> Amount.parse(a).orElseThrow()), Optional.ofNullable(term).map(Integer::parseInt),
                contact, here));
    }

    /**
     * A command whose values do not read is refused where it is read, before any use case runs: the person's reply,
     * as the reason (first line) and the hint (the rest).
     */
    private Result<?> said(Caller who, ChannelRef where, String command, String text) {
        Reply reply = w.say(who, where, command, text);
        assertThat(reply.tone()).isEqualTo(Reply.Tone.REFUSAL);
        String[] lines = reply.text().split("\n", 2);
        return Result.refused(lines[0], lines.length > 1 ? lines[1] : "");
    }

    private static EstimateRange range(String text) {
        return EstimateRange.parse(text).orElseThrow();
    }

    private static WorkDuration duration(String text) {
        return WorkDuration.parse(text).orElseThrow();
    }

    private Result<?> link(Caller who, String name) {
        return w.app.linkChannel().execute(new LinkChannel.Command(who, World.channel("C_NEW_LINK"), name));
    }

    /** What any change would leave behind. */
    private List<Long> footprint() {
        return Stream.of("ticket_events", "outbox", "clients", "channel_links", "time_entries", "estimates", "invoices",
                        "payments", "overdue_overrides", "overrun_requests")
                .map(table -> records.count("SELECT COUNT(*) FROM " + table + " WHERE ?", 1)).toList();
    }

    private String termsOfAcme() {
        return w.ctx.tx(() -> w.ctx.stores().clients().terms(acmeId()).toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefused_withWhyAndWhatToDo_andChangesNothing(Case c) {
        List<Long> before = footprint();
        String termsBefore = termsOfAcme();

        Result<?> r = c.call().apply(this);

        assertThat(r).isInstanceOfSatisfying(Result.Refused.class, refusal -> {
            assertThat(refusal.reason()).contains(c.reason());
            assertThat(Hints.slack(refusal.hint())).contains(c.hint());
        });
        assertThat(footprint()).isEqualTo(before);
        assertThat(termsOfAcme()).isEqualTo(termsBefore);
    }
}
