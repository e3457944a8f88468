package dev.ticketops.app;

import dev.ticketops.app.port.DeliveryException;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.app.port.ZohoInvoicing;
import dev.ticketops.app.port.ZohoSyncs;
import dev.ticketops.domain.Result;

/**
 * For agencies without a public URL for Zoho's webhook: every 15 minutes, the payments Zoho holds for each unpaid
 * invoice that is in Zoho are recorded here (each once, whichever path sees it first).
 */
public final class PollZohoPayments {
    public record Round(int recorded, int refused) {
    }

    private final Transactions tx;
    private final ZohoSyncs syncs;
    private final ZohoInvoicing zoho;
    private final RecordZohoPayment record;

    PollZohoPayments(Transactions tx, ZohoSyncs syncs, ZohoInvoicing zoho, RecordZohoPayment record) {
        this.tx = tx;
        this.syncs = syncs;
        this.zoho = zoho;
        this.record = record;
    }

    /** Stops at Zoho's first failure (the next round tries again). */
    public Round execute() throws DeliveryException {
        int recorded = 0;
        int refused = 0;
        for (ZohoSyncs.Link link : tx.inTransaction(syncs::unpaidLinked)) {
            for (ZohoInvoicing.ZohoPayment p : zoho.payments(link.zohoInvoiceId())) {
                Result<RecordZohoPayment.Outcome> r = record.execute(p);
                if (r instanceof Result.Refused<RecordZohoPayment.Outcome>) {
                    refused++;
                } else if (r.orElseThrow() == RecordZohoPayment.Outcome.RECORDED) {
                    recorded++;
                }
            }
        }
        return new Round(recorded, refused);
    }
}
