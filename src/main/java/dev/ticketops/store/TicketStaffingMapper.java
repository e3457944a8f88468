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
}
