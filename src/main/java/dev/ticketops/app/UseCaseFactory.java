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
    private final java.util.Optional<dev.ticketops.app.port.ZohoSyncs> zoho;
    private final SupportClock support;
    private final java.util.List<dev.ticketops.domain.ChannelRef> triage;

    public UseCaseFactory(Stores stores, Clock clock, BillingDefaults billing) {
        this(stores, clock, billing, java.util.Optional.empty(), SupportClock.defaults(billing.zone()), java.util.List.of());
    }

    /** {@code zoho}: Zoho Invoice's work queue, present when Zoho is on (then invoices and reminders go through Zoho). */
    public UseCaseFactory(Stores stores, Clock clock, BillingDefaults billing,
                          java.util.Optional<dev.ticketops.app.port.ZohoSyncs> zoho) {
        this(stores, clock, billing, zoho, SupportClock.defaults(billing.zone()), java.util.List.of());
    }

    public UseCaseFactory(Stores stores, Clock clock, BillingDefaults billing, SupportClock support) {
        this(stores, clock, billing, java.util.Optional.empty(), support, java.util.List.of());
    }

    public UseCaseFactory(Stores stores, Clock clock, BillingDefaults billing,
                          java.util.List<dev.ticketops.domain.ChannelRef> triage) {
        this(stores, clock, billing, java.util.Optional.empty(), SupportClock.defaults(billing.zone()), triage);
    }

    public UseCaseFactory(Stores stores, Clock clock, BillingDefaults billing,
                          java.util.Optional<dev.ticketops.app.port.ZohoSyncs> zoho, SupportClock support) {
        this(stores, clock, billing, zoho, support, java.util.List.of());
    }

    /**
     * {@code zoho}: Zoho Invoice's work queue when Zoho is on; {@code support}: support hours, response targets, timer
     * reminders and stale-ticket days; {@code triage}: the staff triage channels new tickets and the clients' messages
     * go to (maybe none).
     */
    public UseCaseFactory(Stores stores, Clock clock, BillingDefaults billing,
                          java.util.Optional<dev.ticketops.app.port.ZohoSyncs> zoho, SupportClock support,
                          java.util.List<dev.ticketops.domain.ChannelRef> triage) {
        this.zoho = zoho;
        this.support = support;
        this.triage = java.util.List.copyOf(triage);
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
        var digest = buildDigest(terms);
        var threads = new TicketThreadNotices(s.outbox(), details, s.estimates(), s.staffing(), s.people(), calendar, triage);
        var followUp = new ConversationFollowUp(threads, s.staffing(), s.people(), s.outbox(), calendar);
        var logTime = new LogTime(access, overdue, s.timeEntries(), s.tickets(), s.estimates(), s.overruns(), audit, s.outbox(), calendar,
                threads);
        return new UseCases(
                new OncePerRequest(tx, s.processedRequests(), clock),
                new OpenTicket(tx, access, s.channelLinks(), s.clients(), s.people(), s.tickets(), s.invoices(), terms, details,
                        audit, calendar, threads),
                new ListTickets(tx, access, s.tickets()),
                new ShowTicket(tx, access, details, s.messages(), s.staffing(), s.people()),
                new CloseTicket(access, s.tickets(), details, audit, s.outbox(), calendar, threads),
                new ReopenTicket(access, s.invoices(), s.estimates(), s.tickets(), details, audit, calendar, threads),
                new SetBillable(access, s.estimates(), s.tickets(), details, audit, calendar, threads, followUp),
                new LinkChannel(tx, access, s.clients(), s.channelLinks(), s.events(), calendar),
                new PreviewDigest(tx, access, digest, calendar),
                new PostEstimate(access, s.estimates(), s.tickets(), terms, details, audit, s.outbox(), calendar, threads, followUp),
                new DecideEstimate(tx, access, s.tickets(), s.estimates(), s.approvals(), s.people(), overdue, details, audit,
                        s.outbox(), calendar, threads),
                logTime,
                new UndoTime(tx, access, s.timeEntries(), s.tickets(), audit, calendar, threads),
                new DecideOverrun(tx, access, s.tickets(), s.overruns(), audit, calendar, threads),
                new ReplaceCard(s.outbox(), calendar),
                new IssueInvoice(tx, access, directory, s.clients(), s.invoices(), s.events(), terms, destinations, s.outbox(),
                        calendar, billing, zoho),
                new RecordPayment(tx, access, s.invoices(), paymentBook(destinations), calendar,
                        billing.invoicing().methods(), zoho),
                new ListInvoices(tx, access, s.channelLinks(), s.invoices(), directory, terms, calendar),
                new ShowInvoice(tx, access, s.invoices(), calendar, billing, zoho),
                new ChangeTerms(tx, access, directory, s.clients(), s.channelLinks(), s.events(), terms, calendar),
                new OverrideOverdue(tx, access, s.overruns(), audit, calendar),
                new ReadInvoiceDocument(tx, s.invoices(), terms, calendar),
                new ExportData(tx, s.invoices(), calendar.zone()),
                new SendReminders(tx, s.invoices(), destinations, s.outbox(), calendar, billing, zoho),
                digest,
                new StartTimer(access, logTime, s.timers(), audit, calendar),
                new StopTimer(tx, access, logTime, s.timers(), calendar),
                new ShowTimers(tx, access, s.timers(), calendar),
                new RateTicket(access, s.followups(), audit, calendar),

                new RecordThreadMessage(tx, access, s.people(), s.threads(), s.messages(), s.tickets(), threads, followUp, calendar),
                new EditThreadMessage(tx, s.messages(), s.tickets(), threads, calendar),
                new ReplyToTicket(tx, access, s.messages(), threads, followUp, calendar),
                new AssignTicket(access, s.people(), s.staffing(), threads, calendar),
                new ListMyTickets(tx, access, s.staffing(), s.tickets(), details),

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
                new ShowTicketPage(tx, new ShowTicket(tx, access, details, s.messages(), s.staffing(), s.people()), s.portalQueries()),
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

    private PaymentBook paymentBook(BillingDestinations destinations) {
        return new PaymentBook(s.invoices(), s.events(), destinations, s.outbox(), calendar);
    }

    /** The Zoho Invoice use cases: its work queue sent, payments recorded in Zoho brought back (webhook and polling). */
    public record ZohoUseCases(SyncToZoho sync, RecordZohoPayment recordPayment, PollZohoPayments poll) {
    }

    /** Only with Zoho on (a work queue given to the constructor). */
    public ZohoUseCases zoho(dev.ticketops.app.port.ZohoInvoicing api) {
        var syncs = zoho.orElseThrow(() -> new IllegalStateException("Zoho Invoice is off"));
        var terms = new EffectiveTerms(s.clients(), billing);
        var destinations = new BillingDestinations(s.channelLinks(), s.clients(), s.people(), terms);
        var record = new RecordZohoPayment(s.transactions(), s.invoices(), syncs, paymentBook(destinations), calendar);
        return new ZohoUseCases(new SyncToZoho(s.transactions(), s.invoices(), syncs, api, terms, destinations, s.outbox(),
                calendar, billing), record, new PollZohoPayments(s.transactions(), syncs, api, record));
    }

    /** The daily digests: staff destinations and time from {@code settings}, client channels from the database. */
    public SendDigests sendDigests(SendDigests.Settings settings) {
        return new SendDigests(s.transactions(), s.digests(), s.outbox(), buildDigest(new EffectiveTerms(s.clients(), billing)),
                calendar, settings);
    }

    private BuildDigest buildDigest(EffectiveTerms terms) {
        return new BuildDigest(s.transactions(), s.digests(), s.invoices(), terms, calendar,
                new SupportDigest(s.followups(), support, calendar),
                new StaffingDigest(s.staffing(), calendar));
    }
}
