package dev.ticketops.support;

import dev.ticketops.app.BillingDefaults;
import dev.ticketops.app.UseCaseFactory;
import dev.ticketops.app.UseCases;
import dev.ticketops.chat.ChatAction;
import dev.ticketops.chat.ChatRequest;
import dev.ticketops.chat.Conversation;
import dev.ticketops.chat.Reply;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.Platform;
import dev.ticketops.domain.Role;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.slack.SlackSyntax;
import dev.ticketops.store.Database;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A small TicketOps on a real MariaDB database for one test class: people, channels and shortcuts for the steps of
 * the process, driven through the same {@link Conversation} the chat adapters use.
 */
public final class World implements AutoCloseable {
    public static final String WORKSPACE = "T0001";
    private static final Pattern TICKET_IN_TITLE = Pattern.compile("Ticket #(\\d+) opened");

    public final TestDatabases.TestDb db;
    public final MutableClock clock = MutableClock.at("2026-11-02T09:00:00Z");
    /** The stores, for arranging and checking what the conversation does. */
    public final StoreAccess ctx;
    /** The use cases, built as the composition root builds them. */
    public final UseCases app;
    public final Conversation chat;

    public final Caller staff = person("U_STAFF", "sam", Role.STAFF);
    public final Caller staff2 = person("U_STAFF2", "sally", Role.STAFF);
    public final Caller alice = person("U_ALICE", "alice", Role.CLIENT);
    public final Caller bob = person("U_BOB", "bob", Role.CLIENT);
    public final Caller mallory = person("U_MALLORY", "mallory", Role.CLIENT);
    public final ChannelRef aliceChannel = channel("C_ALICE");
    public final ChannelRef bobChannel = channel("C_BOB");

    public World() {
        this.db = TestDatabases.openEmpty();
        BillingDefaults billing = new BillingDefaults(Money.usd("12.00"), 7);
        this.ctx = new StoreAccess(db.database().stores(), billing);
        this.app = new UseCaseFactory(db.database().stores(), clock, billing).useCases();
        this.chat = new Conversation(app, SlackSyntax.INSTANCE);
    }

    public Database database() {
        return db.database();
    }

    public static Caller person(String id, String name, Role role) {
        return new Caller(Platform.SLACK, WORKSPACE, id, name, role);
    }

    public static ChannelRef channel(String id) {
        return new ChannelRef(Platform.SLACK, WORKSPACE, id);
    }

    public Reply say(Caller who, ChannelRef where, String command, String text) {
        return chat.handle(new ChatRequest(who, where, command, text, UUID.randomUUID().toString()));
    }

    public Reply click(Caller who, ChannelRef where, String value) {
        String actionId = value.substring(0, value.indexOf(':'));
        return chat.click(new ChatAction(who, where, actionId, value, UUID.randomUUID().toString()));
    }

    /** Opens a ticket as {@code who} in {@code where} and returns its number. */
    public TicketNumber open(Caller who, ChannelRef where, String title) {
        Reply r = say(who, where, "/ticket", title);
        var m = TICKET_IN_TITLE.matcher(r.title() == null ? "" : r.title());
        if (!m.find()) {
            throw new AssertionError("ticket not opened: " + r.plainText());
        }
        return TicketNumber.of(Long.parseLong(m.group(1)));
    }

    public TicketNumber open(String title) {
        return open(alice, aliceChannel, title);
    }

    /** Staff estimate; returns the estimate id from the Approve button of the posted card. */
    public long estimate(TicketNumber n, String range) {
        Reply r = say(staff, aliceChannel, "/estimate", n + " " + range);
        if (r.tone() != Reply.Tone.SUCCESS) {
            throw new AssertionError("estimate refused: " + r.plainText());
        }
        return ctx.tx(() -> ctx.stores().estimates().current(n).orElseThrow().id());
    }

    public Reply approve(Caller who, TicketNumber n, long estimateId) {
        return click(who, aliceChannel, "approve:" + n.value() + ":" + estimateId);
    }

    /** Opens, estimates and approves a ticket of alice's. */
    public TicketNumber approvedTicket(String title) {
        return approvedTicket(title, "2-3h");
    }

    public TicketNumber approvedTicket(String title, String range) {
        TicketNumber n = open(title);
        long e = estimate(n, range);
        Reply r = approve(alice, n, e);
        if (r.tone() != Reply.Tone.SUCCESS) {
            throw new AssertionError("approval failed: " + r.plainText());
        }
        return n;
    }

    /** Gives the database back, emptied, for the next test. */
    @Override
    public void close() {
        TestDatabases.recycle(db);
    }
}
