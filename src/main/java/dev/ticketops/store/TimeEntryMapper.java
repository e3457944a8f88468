package dev.ticketops.store;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

public interface TimeEntryMapper {
    record Row(Long id, long ticketNumber, long personId, String personName, int minutes, String note,
               LocalDateTime loggedAt) {
    }

    void insert(@Param("row") Row row, @Param("key") GeneratedKey key);

    long totalMinutes(@Param("ticket") long ticket);

    List<Row> forTicket(@Param("ticket") long ticket);

    Row latestBy(@Param("person") long person);

    int delete(@Param("id") long id);
}
