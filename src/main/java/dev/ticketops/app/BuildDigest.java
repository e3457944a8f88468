package dev.ticketops.app;

import dev.ticketops.app.port.DigestQueries;
import dev.ticketops.app.port.Invoices;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.BillingPolicy;
import dev.ticketops.domain.Digest;
import dev.ticketops.domain.Hours;
import dev.ticketops.domain.Invoice;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds the daily digest: for staff (every client, time per staff member) or for one client (only its tickets and
 * invoices, no internal notes, never a Bitwarden Send link or anything redacted). Every section is bounded, so the
 * digest stays fast however many tickets there are.
 */
public final class BuildDigest {
    static final int SHOW = 10;
    private static final Pattern SENSITIVE = Pattern.compile(
            "(?i)https://(?:send\\.bitwarden\\.com|vault\\.bitwarden\\.(?:com|eu)/#/send)/\\S+|\\[redacted]");

    private final Transactions transactions;
    private final DigestQueries queries;
    private final Invoices invoices;
    private final EffectiveTerms terms;
    private final AgencyCalendar calendar;
    private final SupportDigest support;
    private final StaffingDigest staffing;

    public BuildDigest(Transactions transactions, DigestQueries queries, Invoices invoices, EffectiveTerms terms,
                       AgencyCalendar calendar) {
        this(transactions, queries, invoices, terms, calendar, null);
    }

    /** {@code support}: the support clock's sections of the staff digest (targets, stale tickets); null for none. */
    public BuildDigest(Transactions transactions, DigestQueries queries, Invoices invoices, EffectiveTerms terms,
                       AgencyCalendar calendar, SupportDigest support) {
        this(transactions, queries, invoices, terms, calendar, support, null);
    }

    /** {@code staffing}: the assignment sections of the staff digest (unassigned, per assignee, first response); null for none. */
    public BuildDigest(Transactions transactions, DigestQueries queries, Invoices invoices, EffectiveTerms terms,
                       AgencyCalendar calendar, SupportDigest support, StaffingDigest staffing) {
        this.support = support;
        this.staffing = staffing;
        this.transactions = transactions;
        this.queries = queries;
        this.invoices = invoices;
        this.terms = terms;
        this.calendar = calendar;
    }

    /**
     * @param client null for the staff digest
     * @param since  start of "opened since the last digest"
     * @param day    the local day the digest is for; "yesterday" is the day before
     */
    public Digest build(Long client, String audience, Instant since, LocalDate day) {
        return transactions.inTransaction(() -> {
            ZoneId zone = calendar.zone();
            Instant now = calendar.now();
            Instant yStart = day.minusDays(1).atStartOfDay(zone).toInstant();
            Instant yEnd = day.atStartOfDay(zone).toInstant();
            DigestQueries q = queries;
            boolean staff = client == null;
            Function<DigestQueries.Line, String> name = l -> "#" + l.number().value() + " " + safe(l.title(), staff)
                    + (staff ? " (" + l.client() + ")" : "");
            List<Digest.Section> sections = new ArrayList<>();
            add(sections, "Opened since the last digest", q.opened(since, now, client, SHOW), name);
            add(sections, "Waiting for an estimate", q.waitingForEstimate(client, SHOW), name);
            add(sections, "Waiting for the client's approval", q.waitingForApproval(client, SHOW),
                    l -> name.apply(l) + (l.since() == null ? "" : " — waiting " + ago(Duration.between(l.since(), now))));
            add(sections, "Approved, no time logged yet", q.approvedWithoutTime(client, SHOW), name);
            var logged = q.timeByTicket(yStart, yEnd, client, SHOW);
            if (!logged.items().isEmpty()) {
                List<String> lines = new ArrayList<>(logged.items().stream()
                        .map(l -> name.apply(l) + " — " + Hours.words(l.minutes())).toList());
                if (staff) {
                    var people = q.timeByPerson(yStart, yEnd);
                    lines.add("By staff member: " + people.stream().map(p -> p.person() + " " + Hours.words(p.minutes()))
                            .collect(Collectors.joining(", ")));
                }
                sections.add(new Digest.Section("Time logged yesterday", lines, logged.total() - logged.items().size()));
            }
            add(sections, "Closed yesterday", q.closed(yStart, yEnd, client, SHOW),
                    l -> name.apply(l) + " — " + Hours.words(l.minutes()) + " in total");
            if (staff && staffing != null) {
                sections.addAll(staffing.sections(day));
            }
            if (staff && support != null) {
                sections.addAll(support.sections(day, now));
            }
            List<String> money = new ArrayList<>();
            for (Invoice i : invoices.issuedBetween(yStart, yEnd, client)) {
                money.add("Issued " + i.number() + (staff ? " to " + i.clientName() : "") + ": " + i.total().display()
                        + ", due " + i.dueDate());
            }
            List<Invoice> unpaid = staff ? invoices.unpaid() : invoices.unpaidForClient(client);
            for (Invoice i : unpaid) {
                if (i.isOverdue(day)) {
                    money.add("Overdue: " + i.number() + (staff ? " (" + i.clientName() + ")" : "") + " — "
                            + i.balance().display() + ", due " + i.dueDate());
                }
            }
            var balance = BillingPolicy.balance(unpaid, staff ? terms.agencyCurrency()
                    : terms.of(client).rate().currency());
            if (balance.isPositive()) {
                money.add("Outstanding balance: " + balance.display());
            }
            if (!money.isEmpty()) {
                sections.add(new Digest.Section("Invoices", money, 0));
            }
            return new Digest(audience, day, sections);
        });
    }

    private static void add(List<Digest.Section> sections, String title, DigestQueries.Page page,
                            Function<DigestQueries.Line, String> line) {
        if (!page.items().isEmpty()) {
            sections.add(new Digest.Section(title, page.items().stream().map(line).toList(), page.total() - page.items().size()));
        }
    }

    /** Client digests never carry Bitwarden Send links or redaction marks. */
    static String safe(String title, boolean staff) {
        return staff ? title : SENSITIVE.matcher(title).replaceAll("…");
    }

    static String ago(Duration d) {
        long hours = d.toHours();
        if (hours < 1) {
            return Math.max(1, d.toMinutes()) + " min";
        }
        if (hours < 48) {
            return hours + (hours == 1 ? " hour" : " hours");
        }
        return d.toDays() + " days";
    }
}
