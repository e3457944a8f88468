package dev.ticketops.store;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Param;

/** Estimates and the client's decisions on them. */
public interface EstimateMapper {
    record Row(Long id, long ticketNumber, int lowMinutes, int highMinutes, BigDecimal hourlyRate, String currency,
               String note, String status, long estimatedBy, LocalDateTime createdAt) {
    }

    record ApprovalRow(long estimateId, long ticketNumber, String decision, long decidedBy, String decidedByName,
                       String platform, LocalDateTime decidedAt) {
    }

    void insert(@Param("row") Row row, @Param("key") GeneratedKey key);

    Row byId(@Param("id") long id);

    Row current(@Param("ticket") long ticket);

    int setStatus(@Param("id") long id, @Param("status") String status);

    record MaxRow(long estimateId, long minutes) {
    }

    MaxRow approvedMax(@Param("ticket") long ticket);

    void insertApproval(ApprovalRow row);

    ApprovalRow approvalFor(@Param("estimateId") long estimateId);
}
