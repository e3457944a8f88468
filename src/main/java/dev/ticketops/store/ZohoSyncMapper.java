package dev.ticketops.store;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The Zoho Invoice work queue and the Zoho ids of clients, invoices and payments. */
public interface ZohoSyncMapper {
    record JobRow(long id, String kind, long invoiceId, String number, Long paymentId, int attempts) {
    }

    record LinkRow(String zohoInvoiceId, String zohoInvoiceNumber, String zohoInvoiceUrl) {
    }

    void insert(@Param("kind") String kind, @Param("invoice") long invoice, @Param("payment") Long payment,
                @Param("now") LocalDateTime now);

    List<JobRow> lockDue(@Param("now") LocalDateTime now, @Param("limit") int limit);

    void lease(@Param("id") long id, @Param("until") LocalDateTime until);

    void done(@Param("id") long id, @Param("now") LocalDateTime now);

    void failed(@Param("id") long id, @Param("error") String error, @Param("next") LocalDateTime next,
                @Param("status") String status);

    String contactOf(@Param("client") long client);

    void linkContact(@Param("client") long client, @Param("zohoId") String zohoId);

    LinkRow linkOf(@Param("invoice") long invoice);

    void linkInvoice(@Param("invoice") long invoice, @Param("zohoId") String zohoId, @Param("zohoNumber") String zohoNumber,
                     @Param("url") String url);

    String invoiceOfZoho(@Param("zohoId") String zohoId);

    void linkPayment(@Param("payment") long payment, @Param("zohoId") String zohoId);

    List<String> waiting(@Param("invoice") long invoice);

    List<LinkRow> unpaidLinked();

    int clientInZoho(@Param("client") long client);
}
