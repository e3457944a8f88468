package dev.ticketops.app;

import dev.ticketops.app.port.TicketStaffing;
import dev.ticketops.domain.Digest;
import dev.ticketops.domain.RunningTimer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The assignment part of the staff digest: open tickets nobody has taken, open tickets per assignee, and how fast
 * staff first answered the clients yesterday (median and slowest). Read in the digest's transaction.
 */
public final class StaffingDigest {
    private final TicketStaffing staffing;
    private final AgencyCalendar calendar;

    public StaffingDigest(TicketStaffing staffing, AgencyCalendar calendar) {
        this.staffing = staffing;
        this.calendar = calendar;
    }

    /** The sections for the staff digest of local day {@code day}. */
    public List<Digest.Section> sections(LocalDate day) {
        List<Digest.Section> out = new ArrayList<>();
        var unassigned = staffing.openUnassigned(BuildDigest.SHOW);
        if (!unassigned.isEmpty()) {
            long all = staffing.countOpenUnassigned();
            out.add(new Digest.Section("Unassigned tickets", unassigned.stream()
                    .map(u -> "#" + u.ticket().value() + " " + u.title() + " (" + u.client() + ")").toList(), all - unassigned.size()));
        }
        var load = staffing.openByAssignee();
        if (!load.isEmpty()) {
            out.add(new Digest.Section("Open tickets per assignee",
                    List.of(String.join(" · ", load.stream().map(w -> w.assignee() + " " + w.open()).toList())), 0));
        }
        Instant from = day.minusDays(1).atStartOfDay(calendar.zone()).toInstant();
        Instant to = day.atStartOfDay(calendar.zone()).toInstant();
        List<Duration> times = new ArrayList<>(staffing.firstResponsesBetween(from, to));
        if (!times.isEmpty()) {
            times.sort(null);
            out.add(new Digest.Section("First response yesterday", List.of(times.size() + (times.size() == 1 ? " ticket" : " tickets")
                    + " answered — median " + span(median(times)) + ", slowest " + span(times.get(times.size() - 1))), 0));
        }
        return out;
    }

    /** The middle of the sorted {@code times} (the mean of the two middle ones for an even count). */
    static Duration median(List<Duration> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    private static String span(Duration d) {
        return RunningTimer.span(Math.max(0, d.toMinutes()));
    }
}
