package dev.ticketops.store;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The audit trail. */
public interface EventMapper {
    record Row(Long ticketNumber, Long actorId, String actorName, String platform, String kind, String detail,
               LocalDateTime occurredAt) {
    }

    void insert(Row row);

    List<Row> forTicket(@Param("ticket") long ticket);
}
