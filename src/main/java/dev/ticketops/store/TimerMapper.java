package dev.ticketops.store;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

public interface TimerMapper {
    record Row(long personId, String platform, String workspaceId, String userId, String displayName, String role,
               Long clientId, long ticketNumber, String note, LocalDateTime startedAt, LocalDateTime warnedAt) {
    }

    Row lockOf(@Param("person") long person);

    void insert(@Param("person") long person, @Param("ticket") long ticket, @Param("note") String note,
                @Param("at") LocalDateTime at);

    int delete(@Param("person") long person);

    List<Row> running(@Param("limit") int limit);

    List<Row> onTicket(@Param("ticket") long ticket);

    List<Row> unwarnedSince(@Param("cutoff") LocalDateTime cutoff, @Param("limit") int limit);

    int markWarned(@Param("person") long person, @Param("startedAt") LocalDateTime startedAt, @Param("at") LocalDateTime at);
}
