package dev.ticketops.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketops.support.Hints;
import dev.ticketops.support.TestTickets;
import dev.ticketops.support.TestTickets.Who;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who may do what to a ticket, and when — as a table a person can check against the agency's process, and as
 * properties over every role × status × billable × action. A refusal is asserted by what the person reads: the
 * reason and the hint.
 */
class TicketPolicyTest {

    enum Action {
        ESTIMATE, DECIDE, LOG, CLOSE, REOPEN, SET_BILLABLE;

        Optional<Refusal> ask(Person p, Ticket t) {
            return switch (this) {
                case ESTIMATE -> TicketPolicy.mayEstimate(p, t);
                case DECIDE -> TicketPolicy.mayDecide(p, t);
                case LOG -> TicketPolicy.mayLog(p, t);
                case CLOSE -> TicketPolicy.mayClose(p, t);
                case REOPEN -> TicketPolicy.mayReopen(p, t);
                case SET_BILLABLE -> TicketPolicy.maySetBillable(p, t);
            };
        }
    }

    static final Set<Action> STAFF_ACTIONS = EnumSet.of(Action.ESTIMATE, Action.LOG, Action.CLOSE, Action.REOPEN, Action.SET_BILLABLE);

    /** {@code allowed} in the reason column means no refusal; otherwise the reason and hint must contain the texts given. */
    @ParameterizedTest(name = "{0} {3} on a {1} ticket (billable={2}) → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # who      | status    | billable | action       | reason                                                         | hint
            STAFF      | NEW       | true     | ESTIMATE     | allowed                                                        |
            STAFF      | ESTIMATED | true     | ESTIMATE     | allowed                                                        |
            STAFF      | DECLINED  | true     | ESTIMATE     | allowed                                                        |
            STAFF      | APPROVED  | true     | ESTIMATE     | The client has already approved the estimate for #7.           | An approved estimate is the agreement and cannot be replaced; log the actual time with /log <duration> #7.
            STAFF      | CLOSED    | true     | ESTIMATE     | Ticket #7 is closed.                                           | Reopen it first with /ticket reopen #7.
            STAFF      | CLOSED    | false    | ESTIMATE     | Ticket #7 is closed.                                           | Reopen it first with /ticket reopen #7.
            STAFF      | NEW       | false    | ESTIMATE     | Ticket #7 is marked non-billable, so it needs no estimate.     | Log time directly, or mark it billable with /ticket billable #7 yes.
            STAFF      | APPROVED  | false    | ESTIMATE     | Ticket #7 is marked non-billable, so it needs no estimate.     | /ticket billable #7 yes
            REQUESTER  | NEW       | true     | ESTIMATE     | Only agency staff can post an estimate.                        | If you need this done, say so in your ticket and staff will take care of it.
            REQUESTER  | ESTIMATED | true     | DECIDE       | allowed                                                        |
            COLLEAGUE  | ESTIMATED | true     | DECIDE       | allowed                                                        |
            REQUESTER  | APPROVED  | true     | DECIDE       | allowed                                                        |
            STAFF      | ESTIMATED | true     | DECIDE       | Staff cannot approve or decline on the client's behalf.        | ask the client to click Approve in the ticket.
            STAFF      | CLOSED    | true     | DECIDE       | Staff cannot approve or decline on the client's behalf.        | click Approve
            STRANGER   | ESTIMATED | true     | DECIDE       | Only the client of ticket #7 can approve or decline its estimate. | If this is your request, open your own ticket with /ticket <title>.
            NOBODY_S_CLIENT | ESTIMATED | true | DECIDE      | Only the client of ticket #7 can approve or decline its estimate. | /ticket <title>
            STRANGER   | CLOSED    | true     | DECIDE       | Only the client of ticket #7                                   | /ticket <title>
            REQUESTER  | CLOSED    | true     | DECIDE       | Ticket #7 is closed.                                           | Open a new ticket for new work.
            COLLEAGUE  | CLOSED    | false    | DECIDE       | Ticket #7 is closed.                                           | Open a new ticket for new work.
            STAFF      | APPROVED  | true     | LOG          | allowed                                                        |
            STAFF      | NEW       | false    | LOG          | allowed                                                        |
            STAFF      | ESTIMATED | false    | LOG          | allowed                                                        |
            STAFF      | DECLINED  | false    | LOG          | allowed                                                        |
            STAFF      | NEW       | true     | LOG          | No work on #7 before the client's approval: it has no estimate yet. | Post an estimate with /estimate #7 2-3h and wait for the client's approval.
            STAFF      | ESTIMATED | true     | LOG          | No work on #7 before the client's approval: the client has not approved the estimate yet. | Wait for the client to click Approve on the estimate.
            STAFF      | DECLINED  | true     | LOG          | No work on #7 before the client's approval: the client declined the estimate. | Post an estimate with /estimate #7 2-3h
            STAFF      | CLOSED    | true     | LOG          | Ticket #7 is closed and takes no more time.                    | Reopen it with /ticket reopen #7 if the work continues.
            STAFF      | CLOSED    | false    | LOG          | Ticket #7 is closed and takes no more time.                    | /ticket reopen #7
            REQUESTER  | APPROVED  | true     | LOG          | Only agency staff can log time.                                | staff will take care of it
            STAFF      | NEW       | true     | CLOSE        | allowed                                                        |
            STAFF      | ESTIMATED | true     | CLOSE        | allowed                                                        |
            STAFF      | APPROVED  | true     | CLOSE        | allowed                                                        |
            STAFF      | DECLINED  | false    | CLOSE        | allowed                                                        |
            STAFF      | CLOSED    | true     | CLOSE        | Ticket #7 is already closed.                                   | See its summary with /ticket show #7.
            REQUESTER  | APPROVED  | true     | CLOSE        | Only agency staff can close a ticket.                          | staff will take care of it
            STAFF      | CLOSED    | true     | REOPEN       | allowed                                                        |
            STAFF      | CLOSED    | false    | REOPEN       | allowed                                                        |
            STAFF      | NEW       | true     | REOPEN       | Ticket #7 is not closed.                                       | It is already open: Waiting for an estimate.
            STAFF      | ESTIMATED | true     | REOPEN       | Ticket #7 is not closed.                                       | It is already open: Waiting for the client's approval.
            STAFF      | APPROVED  | true     | REOPEN       | Ticket #7 is not closed.                                       | It is already open: Approved — work may begin.
            STAFF      | DECLINED  | false    | REOPEN       | Ticket #7 is not closed.                                       | It is already open: Estimate declined — waiting for a new estimate.
            REQUESTER  | CLOSED    | true     | REOPEN       | Only agency staff can reopen a ticket.                         | staff will take care of it
            STAFF      | NEW       | true     | SET_BILLABLE | allowed                                                        |
            STAFF      | APPROVED  | false    | SET_BILLABLE | allowed                                                        |
            STAFF      | CLOSED    | true     | SET_BILLABLE | Ticket #7 is closed; its billing record is final.              | Reopen it first with /ticket reopen #7.
            STAFF      | CLOSED    | false    | SET_BILLABLE | Ticket #7 is closed; its billing record is final.              | Reopen it first with /ticket reopen #7.
            COLLEAGUE  | NEW       | true     | SET_BILLABLE | Only agency staff can decide whether a ticket is billable.     | staff will take care of it
            """)
    void theProcessTable(Who who, TicketStatus status, boolean billable, Action action, String reason, String hint) {
        Optional<Refusal> refusal = action.ask(who.person(), TestTickets.ticket(status, billable));

        if (reason.equals("allowed")) {
            assertThat(refusal).isEmpty();
        } else {
            assertThat(refusal).isPresent();
            assertThat(refusal.get().reason()).contains(reason);
            assertThat(Hints.slack(refusal.get().hint())).contains(hint);
        }
    }

    @ParameterizedTest(name = "{0}: sees={1}, client contact={2}")
    @CsvSource({
            "STAFF,           true,  false",
            "REQUESTER,       true,  true",
            "COLLEAGUE,       true,  true",
            "STRANGER,        false, false",
            "NOBODY_S_CLIENT, false, false"})
    void whoSeesTheTicket_andWhoSpeaksForItsClient(Who who, boolean sees, boolean contact) {
        Ticket t = TestTickets.approved();

        assertThat(TicketPolicy.canSee(who.person(), t)).isEqualTo(sees);
        assertThat(TicketPolicy.isClientContact(who.person(), t)).isEqualTo(contact);
    }

    @Test
    void theRequester_isAContact_evenWithoutAClient() {
        Person requesterWithoutClient = new Person(100, Platform.SLACK, "T1", "U_ALICE", "alice", Role.CLIENT, null);

        assertThat(TicketPolicy.canSee(requesterWithoutClient, TestTickets.approved())).isTrue();
        assertThat(TicketPolicy.isClientContact(requesterWithoutClient, TestTickets.approved())).isTrue();
    }

    @ParameterizedTest(name = "{0}, billable={1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NEW       | true  | Staff reviews it and posts an estimate: /estimate #7 2-3h.
            ESTIMATED | true  | The client approves or declines the estimate.
            APPROVED  | true  | Work in progress: staff logs time with /log <duration> #7.
            DECLINED  | true  | Staff posts a new estimate: /estimate #7 <range>.
            CLOSED    | true  | Closed. The summary above is the billing record.
            CLOSED    | false | Closed. The summary above is the billing record.
            NEW       | false | Non-billable: staff may work and log time with /log <duration> #7.
            APPROVED  | false | Non-billable: staff may work and log time with /log <duration> #7.
            """)
    void theNextStep_inOneLine(TicketStatus status, boolean billable, String expected) {
        assertThat(Hints.slack(TicketPolicy.nextStep(TestTickets.ticket(status, billable)))).isEqualTo(expected);
    }

    @Test
    void notFound_doesNotRevealWhetherTheTicketExists() {
        Refusal r = TicketPolicy.notFound(TicketNumber.of(42));

        assertThat(r.reason()).isEqualTo("Ticket #42 does not exist, or it is not one of yours.");
        assertThat(Hints.slack(r.hint())).isEqualTo("See your tickets with /ticket list.");
    }

    // --- the same space as properties ---

    @Property
    void everyRefusal_saysWhyAndWhatToDo(@ForAll Who who, @ForAll TicketStatus status, @ForAll boolean billable,
                                         @ForAll Action action) {
        Optional<Refusal> r = action.ask(who.person(), TestTickets.ticket(status, billable));

        r.ifPresent(refusal -> {
            assertThat(refusal.reason()).isNotBlank().endsWith(".");
            assertThat(Hints.slack(refusal.hint())).isNotBlank();
        });
    }

    @Property
    void onlyStaff_runTheAgencysSide_andOnlyTheClientDecides(@ForAll Who who, @ForAll TicketStatus status,
                                                              @ForAll boolean billable, @ForAll Action action) {
        Person p = who.person();
        Optional<Refusal> r = action.ask(p, TestTickets.ticket(status, billable));

        if (STAFF_ACTIONS.contains(action) && !p.isStaff()) {
            assertThat(r).get().extracting(Refusal::reason).asString().startsWith("Only agency staff can ");
        }
        if (action == Action.DECIDE && (p.isStaff() || who == Who.STRANGER || who == Who.NOBODY_S_CLIENT)) {
            assertThat(r).isPresent();
        }
    }

    @Property
    void aClosedTicket_takesNothingButAReopen(@ForAll Who who, @ForAll boolean billable, @ForAll Action action) {
        Optional<Refusal> r = action.ask(who.person(), TestTickets.ticket(TicketStatus.CLOSED, billable));

        assertThat(r.isEmpty()).isEqualTo(action == Action.REOPEN && who == Who.STAFF);
    }

    @Property
    void reopen_isAllowedExactlyForStaffOnAClosedTicket(@ForAll Who who, @ForAll TicketStatus status, @ForAll boolean billable) {
        Optional<Refusal> r = TicketPolicy.mayReopen(who.person(), TestTickets.ticket(status, billable));

        assertThat(r.isEmpty()).isEqualTo(who == Who.STAFF && status == TicketStatus.CLOSED);
    }

    @Property
    void loggingIsAllowed_exactlyWhenTheTicketAcceptsTime_andStaffAsk(@ForAll Who who, @ForAll TicketStatus status,
                                                                      @ForAll boolean billable) {
        Ticket t = TestTickets.ticket(status, billable);

        assertThat(TicketPolicy.mayLog(who.person(), t).isEmpty()).isEqualTo(who == Who.STAFF && t.acceptsTime());
    }

    @Property
    void anEstimateIsAllowed_onlyOnAnOpenBillableTicketNotYetApproved(@ForAll Who who, @ForAll TicketStatus status,
                                                                      @ForAll boolean billable) {
        boolean allowed = TicketPolicy.mayEstimate(who.person(), TestTickets.ticket(status, billable)).isEmpty();

        assertThat(allowed).isEqualTo(who == Who.STAFF && billable
                && EnumSet.of(TicketStatus.NEW, TicketStatus.ESTIMATED, TicketStatus.DECLINED).contains(status));
    }

    @Property
    void aClientContact_mayDecideOnEveryOpenTicket(@ForAll TicketStatus status, @ForAll boolean billable) {
        Ticket t = TestTickets.ticket(status, billable);

        for (Who contact : EnumSet.of(Who.REQUESTER, Who.COLLEAGUE)) {
            assertThat(TicketPolicy.mayDecide(contact.person(), t).isEmpty()).isEqualTo(status.isOpen());
        }
    }
}
