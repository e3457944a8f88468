package dev.ticketops.store;

import dev.ticketops.app.port.ZohoSyncs;
import dev.ticketops.domain.InvoiceNumber;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

final class MyBatisZohoSyncs implements ZohoSyncs {
    private final MyBatisTransactions tx;

    MyBatisZohoSyncs(MyBatisTransactions tx) {
        this.tx = tx;
    }

    private ZohoSyncMapper m() {
        return tx.mapper(ZohoSyncMapper.class);
    }

    @Override
    public void enqueue(Kind kind, long invoiceId, Long paymentId, Instant now) {
        m().insert(kind.name(), invoiceId, paymentId, Utc.of(now));
    }

    @Override
    public List<Job> claimDue(Instant now, Instant leaseUntil, int limit) {
        List<ZohoSyncMapper.JobRow> rows = m().lockDue(Utc.of(now), limit);
        rows.forEach(r -> m().lease(r.id(), Utc.of(leaseUntil)));
        return rows.stream().map(r -> new Job(r.id(), Kind.valueOf(r.kind()), r.invoiceId(),
                InvoiceNumber.parse(r.number()).orElseThrow(), r.paymentId(), r.attempts() + 1)).toList();
    }

    @Override
    public void done(long jobId, Instant now) {
        m().done(jobId, Utc.of(now));
    }

    @Override
    public void failed(long jobId, String error, Instant next, boolean giveUp) {
        String e = error == null ? "" : error.length() > 500 ? error.substring(0, 500) : error;
        m().failed(jobId, e, Utc.of(next), giveUp ? "FAILED" : "PENDING");
    }

    @Override
    public Optional<String> contactOf(long clientId) {
        return Optional.ofNullable(m().contactOf(clientId));
    }

    @Override
    public void linkContact(long clientId, String zohoContactId) {
        m().linkContact(clientId, zohoContactId);
    }

    @Override
    public Optional<Link> linkOf(long invoiceId) {
        return Optional.ofNullable(m().linkOf(invoiceId)).map(MyBatisZohoSyncs::link);
    }

    @Override
    public void linkInvoice(long invoiceId, Link link) {
        m().linkInvoice(invoiceId, link.zohoInvoiceId(), link.zohoNumber(), link.url());
    }

    @Override
    public Optional<InvoiceNumber> invoiceOfZoho(String zohoInvoiceId) {
        return Optional.ofNullable(m().invoiceOfZoho(zohoInvoiceId)).flatMap(InvoiceNumber::parse);
    }

    @Override
    public void linkPayment(long paymentId, String zohoPaymentId) {
        m().linkPayment(paymentId, zohoPaymentId);
    }

    @Override
    public Optional<String> waiting(long invoiceId) {
        return m().waiting(invoiceId).stream().findFirst();
    }

    @Override
    public List<Link> unpaidLinked() {
        return m().unpaidLinked().stream().map(MyBatisZohoSyncs::link).toList();
    }

    @Override
    public boolean clientInZoho(long clientId) {
        return m().clientInZoho(clientId) > 0;
    }

    private static Link link(ZohoSyncMapper.LinkRow r) {
        return new Link(r.zohoInvoiceId(), r.zohoInvoiceNumber(), r.zohoInvoiceUrl());
    }
}
