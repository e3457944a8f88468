package dev.ticketops.store;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

public interface TicketStaffingMapper {
    record Row(Long ticketNumber, Long assigneeId, LocalDateTime assignedAt, LocalDateTime firstResponseAt,
               LocalDateTime dmDueAt) {
    }

    Row of(@Param("ticket") long ticket);

    void assign(@Param("ticket") long ticket, @Param("person") long person, @Param("at") LocalDateTime at);

    int firstResponse(@Param("ticket") long ticket, @Param("person") long person, @Param("at") LocalDateTime at);

    void dmDue(@Param("ticket") long ticket, @Param("due") LocalDateTime due);

    List<Long> assignedTo(@Param("person") long person);

    record UnassignedRow(Long number, String title, String client) {
    }

    record WorkloadRow(String assignee, Long open) {
    }

    record ResponseRow(LocalDateTime openedAt, LocalDateTime firstResponseAt) {
    }

    List<UnassignedRow> openUnassigned(@Param("limit") int limit);

    long countOpenUnassigned();

    List<WorkloadRow> openByAssignee();

    List<ResponseRow> firstResponsesBetween(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);
}
