package dev.ticketops.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Invoices with their lines, payments and reminders; the billing queries behind them. */
public interface InvoiceMapper {
    record Row(Long id, String number, long clientId, String clientName, LocalDate issueDate, LocalDate dueDate,
               String currency, BigDecimal total, BigDecimal paid, String status, String accessToken, long issuedBy,
               LocalDateTime issuedAt, String taxLabel, BigDecimal taxRate, BigDecimal taxAmount) {
    }

    /** A payment as stored: {@code recordedBy} null when it came from Zoho Invoice. */
    record PaymentRow(Long id, long invoiceId, BigDecimal amount, String method, String reference, Long recordedBy,
                      LocalDateTime receivedAt, LocalDate paidOn, String zohoPaymentId) {
    }

    record LineRow(long invoiceId, int position, long ticketNumber, String title, int billedMinutes, int unapprovedMinutes,
                   BigDecimal hourlyRate, BigDecimal amount) {
    }

    record BillableRow(long number, String title, long actualMinutes, Long highMinutes, Long approvedExtra,
                       BigDecimal estimateRate, String estimateCurrency) {
    }

    record ExportRow(String number, String clientName, LocalDate issueDate, LocalDate dueDate, String currency,
                     BigDecimal total, BigDecimal paid, String status, String taxLabel, BigDecimal taxRate, BigDecimal taxAmount, Integer paymentTermDays, String billingContact,
                     int position, long ticketNumber, String title, int billedMinutes, int unapprovedMinutes,
                     BigDecimal hourlyRate, BigDecimal amount) {
    }

    record TimeRow(long id, LocalDateTime loggedAt, long ticketNumber, String title, String clientName, String personName,
                   int minutes, String note, boolean billable, String invoiceNumber) {
    }

    Long lockSequence(@Param("name") String name);

    void createSequence(@Param("name") String name);

    int advanceSequence(@Param("name") String name);

    void insert(@Param("row") Row row, @Param("key") GeneratedKey key);

    void insertLine(LineRow row);

    List<BillableRow> billable(@Param("client") long client);

    Row byNumber(@Param("number") String number);

    Row lockByNumber(@Param("number") String number);

    List<LineRow> lines(@Param("invoice") long invoice);

    List<Row> unpaidForClient(@Param("client") long client);

    List<Row> unpaid();

    String invoiceOf(@Param("ticket") long ticket);

    Row oldestOverdue(@Param("client") long client, @Param("today") LocalDate today);

    List<Row> list(@Param("client") Long client, @Param("limit") int limit);

    List<Row> issuedBetween(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to, @Param("client") Long client);

    void insertPayment(@Param("row") PaymentRow row, @Param("key") GeneratedKey key);

    List<PaymentRow> payments(@Param("invoice") long invoice);

    int countZohoPayment(@Param("zohoId") String zohoId);

    String currencyOf(@Param("invoice") long invoice);

    int updatePaid(@Param("invoice") long invoice, @Param("paid") BigDecimal paid, @Param("status") String status,
                   @Param("paidAt") LocalDateTime paidAt);

    int markOverdue(@Param("today") LocalDate today);

    int insertReminder(@Param("invoice") long invoice, @Param("day") LocalDate day, @Param("kind") String kind,
                       @Param("at") LocalDateTime at);

    List<ExportRow> export(@Param("from") LocalDate from, @Param("to") LocalDate to);

    List<TimeRow> exportTime(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);
}
