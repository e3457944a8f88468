package dev.ticketops.app;

import dev.ticketops.app.port.Followups;
import dev.ticketops.domain.Digest;
import dev.ticketops.domain.ResponseTargets;
import dev.ticketops.domain.RunningTimer;
import dev.ticketops.domain.SupportClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The support clock's part of the staff digest: response targets missed yesterday, targets at risk today, and the
 * stale tickets reminded or closed yesterday. Read in the digest's transaction, bounded like its other sections.
 */
public final class SupportDigest {
    private final Followups followups;
    private final SupportClock clock;
    private final AgencyCalendar calendar;

    public SupportDigest(Followups followups, SupportClock clock, AgencyCalendar calendar) {
        this.followups = followups;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** The sections for the staff digest of local day {@code day}, as of {@code now}. */
    public List<Digest.Section> sections(LocalDate day, Instant now) {
        Instant yStart = day.minusDays(1).atStartOfDay(calendar.zone()).toInstant();
        Instant yEnd = day.atStartOfDay(calendar.zone()).toInstant();
        Instant todayEnd = day.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        List<String> missed = new ArrayList<>();
        List<String> atRisk = new ArrayList<>();
        for (Followups.Clocked c : followups.openedSince(yStart.minus(WatchTargets.LOOK_BACK), 500)) {
            ResponseTargets r = clock.targets(c.openedAt(), c.urgent(), c.firstResponseAt(), c.estimateAt());
            boolean estimateCounts = c.billable() || c.estimateAt() != null;
            for (ResponseTargets.Target t : estimateCounts ? List.of(r.firstResponse(), r.estimate()) : List.of(r.firstResponse())) {
                String name = "#" + c.number().value() + " " + c.title() + " (" + c.client() + ")" + (c.urgent() ? " · urgent" : "");
                if (!t.due().isBefore(yStart) && t.due().isBefore(yEnd) && t.breached(yEnd)) {
                    missed.add(name + " — " + t.name() + (t.met() ? " given " + RunningTimer.span(t.lateness(now).toMinutes()) + " late"
                            : " still not given (due " + clock.hours().local(t.due()) + ")"));
                } else if (c.status().isOpen() && !t.met() && !t.due().isBefore(yEnd) && t.due().isBefore(todayEnd)) {
                    atRisk.add(name + " — " + t.name() + " due " + clock.hours().local(t.due()));
                }
            }
        }
        List<Digest.Section> out = new ArrayList<>();
        add(out, "Response targets missed yesterday", missed);
        add(out, "Response targets at risk today", atRisk);
        List<String> stale = new ArrayList<>();
        long reminded = followups.eventsBetween(ChaseApprovals.REMINDER, yStart, yEnd);
        long closed = followups.eventsBetween(ChaseApprovals.AUTO_CLOSED, yStart, yEnd);
        if (reminded > 0) {
            stale.add("Approval reminders sent yesterday: " + reminded);
        }
        if (closed > 0) {
            stale.add("Closed without approval yesterday: " + closed);
        }
        add(out, "Stale tickets", stale);
        var rated = followups.satisfaction(now.minus(java.time.Duration.ofDays(30)), now);
        long all = rated.good() + rated.bad();
        if (all > 0) {
            add(out, "Client satisfaction, last 30 days", List.of("👍 " + rated.good() + " · 👎 " + rated.bad() + " — "
                    + Math.round(100.0 * rated.good() / all) + "% satisfied (" + all + (all == 1 ? " rating)" : " ratings)")));
        }
        return out;
    }

    private static void add(List<Digest.Section> out, String title, List<String> lines) {
        if (!lines.isEmpty()) {
            int shown = Math.min(lines.size(), BuildDigest.SHOW);
            out.add(new Digest.Section(title, lines.subList(0, shown), lines.size() - shown));
        }
    }
}
