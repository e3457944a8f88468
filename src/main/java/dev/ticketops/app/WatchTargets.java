package dev.ticketops.app;

import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Followups;
import dev.ticketops.app.port.Notice;
import dev.ticketops.app.port.Outbox;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.ResponseTarget;
import dev.ticketops.domain.ResponseTargets;
import dev.ticketops.domain.SupportClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Watches the response targets of open tickets: a ticket that has used 80% of a target without a response gets one
 * warning to staff (the triage channel, or the staff digest channels), and a ticket opened outside support hours gets
 * one automatic answer in its channel saying when the agency will respond. Each alert is claimed once per ticket in the
 * database, so restarts and several instances send it once.
 */
public final class WatchTargets {
    static final double AT_RISK = 0.8;
    /** Tickets older than this are past every target; the digest reports their breaches. */
    static final Duration LOOK_BACK = Duration.ofDays(45);
    /** An out-of-hours ticket is answered while it is fresh, not hours later. */
    static final Duration ANSWER_WITHIN = Duration.ofHours(12);
    static final String FIRST_RESPONSE_AT_RISK = "FIRST_RESPONSE_80";
    static final String ESTIMATE_AT_RISK = "ESTIMATE_80";
    static final String OUT_OF_HOURS = "OUT_OF_HOURS";

    private final Transactions transactions;
    private final Followups followups;
    private final Outbox outbox;
    private final AgencyCalendar calendar;
    private final SupportClock clock;
    private final List<Destination> staff;

    public WatchTargets(Transactions transactions, Followups followups, Outbox outbox, AgencyCalendar calendar,
                        SupportClock clock, List<Destination> staff) {
        this.transactions = transactions;
        this.followups = followups;
        this.outbox = outbox;
        this.calendar = calendar;
        this.clock = clock;
        this.staff = List.copyOf(staff);
    }

    /** Returns how many alerts were queued. */
    public int execute() {
        return transactions.inTransaction(() -> {
            Instant now = calendar.now();
            int sent = 0;
            for (Followups.Clocked c : followups.openedSince(now.minus(LOOK_BACK), 500)) {
                if (!c.status().isOpen()) {
                    continue;
                }
                ResponseTargets targets = clock.targets(c.openedAt(), c.urgent(), c.firstResponseAt(), c.estimateAt());
                sent += atRisk(c, targets.firstResponse(), clock.firstResponseTarget(c.urgent()), FIRST_RESPONSE_AT_RISK, now);
                if (c.billable() || c.estimateAt() != null) {
                    sent += atRisk(c, targets.estimate(), clock.estimate(), ESTIMATE_AT_RISK, now);
                }
                sent += outOfHours(c, targets.firstResponse(), now);
            }
            return sent;
        });
    }

    private int atRisk(Followups.Clocked c, ResponseTargets.Target t, ResponseTarget target, String kind, Instant now) {
        if (t.met() || staff.isEmpty()) {
            return 0;
        }
        double used = target.used(c.openedAt(), now, clock.hours());
        // past the deadline the warning is late; the digest lists the breach instead
        if (used < AT_RISK || used >= 1.0 || !followups.claimAlert(c.number(), kind, now)) {
            return 0;
        }
        var notice = new Notice.TargetAtRisk(c.number(), c.title(), c.client(), t.name(), t.due(), clock.hours().local(t.due()),
                c.urgent());
        for (Destination d : staff) {
            outbox.enqueue(d, notice, now);
        }
        return 1;
    }

    private int outOfHours(Followups.Clocked c, ResponseTargets.Target firstResponse, Instant now) {
        var hours = clock.hours();
        if (firstResponse.met() || hours.isOpen(c.openedAt()) || hours.isOpen(now)
                || Duration.between(c.openedAt(), now).compareTo(ANSWER_WITHIN) > 0
                || !followups.claimAlert(c.number(), OUT_OF_HOURS, now)) {
            return 0;
        }
        outbox.enqueue(Destination.channel(c.origin()),
                new Notice.OutOfHours(c.number(), c.title(), hours.describe(), hours.local(firstResponse.due())), now);
        return 1;
    }
}
