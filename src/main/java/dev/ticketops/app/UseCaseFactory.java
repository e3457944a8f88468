package dev.ticketops.app;

import dev.ticketops.domain.SupportClock;
import java.time.Clock;

/**
 * Builds the use cases with `new`, each with the ports and services it needs: called by the composition root (and by
 * tests that stand up the same core). The services are shared; nothing here is a locator the use cases hold.
 */
public final class UseCaseFactory {
    private final Stores s;
    private final AgencyCalendar calendar;
    private final BillingDefaults billing;
    private final Clock clock;
    private final SupportClock support;

    public UseCaseFactory(Stores stores, Clock clock, BillingDefaults billing) {
        this(stores, clock, billing, SupportClock.defaults(billing.zone()));
    }

    /** {@code support}: support hours, response targets, timer reminders and stale-ticket days (#16). */
    public UseCaseFactory(Stores stores, Clock clock, BillingDefaults billing, SupportClock support) {
        this.support = support;
        this.s = stores;
        this.clock = clock;
        this.billing = billing;
        this.calendar = new AgencyCalendar(clock, billing.zone());
    }

    public UseCases useCases() {
        var tx = s.transactions();
        var access = new TicketAccess(tx, s.people(), s.tickets(), calendar);
        var audit = new Audit(s.events(), calendar);
        var terms = new EffectiveTerms(s.clients(), billing);
        var directory = new ClientDirectory(s.clients(), s.channelLinks());
        var destinations = new BillingDestinations(s.channelLinks(), s.clients(), s.people(), terms);
        var overdue = new OverdueGate(s.invoices(), s.overruns(), calendar);
        var details = new TicketDetailsQuery(s.clients(), s.people(), s.estimates(), s.approvals(), s.timeEntries(), s.events())
                .withClock(s.timers(), s.followups(), support, calendar);
        var logTime = new LogTime(access, overdue, s.timeEntries(), s.tickets(), s.estimates(), s.overruns(), audit, s.outbox(), calendar);
        var digest = buildDigest(terms);
        return new UseCases(
                new OncePerRequest(tx, s.processedRequests(), clock),
                new OpenTicket(tx, access, s.channelLinks(), s.clients(), s.people(), s.tickets(), s.invoices(), terms, details,
                        audit, calendar),
                new ListTickets(tx, access, s.tickets()),
                new ShowTicket(tx, access, details),
                new CloseTicket(access, s.tickets(), details, audit, s.outbox(), calendar),
                new ReopenTicket(access, s.invoices(), s.estimates(), s.tickets(), details, audit, calendar),
                new SetBillable(access, s.estimates(), s.tickets(), details, audit, calendar),
                new LinkChannel(tx, access, s.clients(), s.channelLinks(), s.events(), calendar),
                new PreviewDigest(tx, access, digest, calendar),
                new PostEstimate(access, s.estimates(), s.tickets(), terms, details, audit, s.outbox(), calendar),
                new DecideEstimate(tx, access, s.tickets(), s.estimates(), s.approvals(), s.people(), overdue, details, audit,
                        s.outbox(), calendar),
                logTime,
                new UndoTime(tx, access, s.timeEntries(), s.tickets(), audit, calendar),
                new DecideOverrun(tx, access, s.tickets(), s.overruns(), audit, calendar),
                new ReplaceCard(s.outbox(), calendar),
                new IssueInvoice(tx, access, directory, s.clients(), s.invoices(), s.events(), terms, destinations, s.outbox(),
                        calendar, billing),
                new RecordPayment(tx, access, s.invoices(), s.events(), destinations, s.outbox(), calendar),
                new ListInvoices(tx, access, s.channelLinks(), s.invoices(), directory, terms, calendar),
                new ShowInvoice(tx, access, s.invoices(), calendar, billing),
                new ChangeTerms(tx, access, directory, s.clients(), s.channelLinks(), s.events(), terms, calendar),
                new OverrideOverdue(tx, access, s.overruns(), audit, calendar),
                new ReadInvoiceDocument(tx, s.invoices(), terms, calendar),
                new ExportData(tx, s.invoices(), calendar.zone()),
                new SendReminders(tx, s.invoices(), destinations, s.outbox(), calendar, billing),
                digest,
                new StartTimer(access, logTime, s.timers(), audit, calendar),
                new StopTimer(tx, access, logTime, s.timers(), calendar),
                new ShowTimers(tx, access, s.timers(), calendar),
                new RateTicket(access, s.followups(), audit, calendar),
                portal(access, details));
    }

    private PortalUseCases portal(TicketAccess access, TicketDetailsQuery details) {
        var tx = s.transactions();
        return new PortalUseCases(new MintPortalLink(tx, access, s.portal(), calendar, billing.publicUrl()),
                new EndPortalSessions(tx, access, s.portal(), calendar),
                new SignInPortal(tx, s.portal(), s.people(), calendar),
                new ResumePortalSession(tx, s.portal(), s.people(), calendar),
                new SearchTickets(tx, access, s.portalQueries()),
                new ShowBoard(tx, access, s.portalQueries(), calendar),
                new ShowTicketPage(tx, new ShowTicket(tx, access, details), s.portalQueries()),
                new ShowNumbers(tx, access, s.portalQueries(), calendar, billing.hourlyRate().currency()));
    }

    /**
     * The support clock's rounds, for the scheduler: timer reminders, response-target warnings and out-of-hours
     * answers ({@code staff}: where staff warnings go), and stale tickets waiting for approval.
     */
    public SupportRounds supportRounds(java.util.List<dev.ticketops.app.port.Destination> staff) {
        return new SupportRounds(
                new WarnLongTimers(s.transactions(), s.timers(), s.tickets(), s.outbox(), calendar, support.timerWarnAfter()),
                new WatchTargets(s.transactions(), s.followups(), s.outbox(), calendar, support, staff),
                new ChaseApprovals(s.transactions(), s.followups(), s.tickets(), s.events(), s.outbox(), calendar, support));
    }

    /** The daily digests: staff destinations and time from {@code settings}, client channels from the database. */
    public SendDigests sendDigests(SendDigests.Settings settings) {
        return new SendDigests(s.transactions(), s.digests(), s.outbox(), buildDigest(new EffectiveTerms(s.clients(), billing)),
                calendar, settings);
    }

    private BuildDigest buildDigest(EffectiveTerms terms) {
        return new BuildDigest(s.transactions(), s.digests(), s.invoices(), terms, calendar,
                new SupportDigest(s.followups(), support, calendar));
    }
}
