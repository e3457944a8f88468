package dev.ticketops.store;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Param;

/** Extra-time approvals and overdue overrides of a ticket. */
public interface OverrunMapper {
    record Row(long id, long ticketNumber, long estimateId, int minutes, String status, LocalDateTime requestedAt) {
    }

    Row pending(@Param("ticket") long ticket);

    void insert(@Param("ticket") long ticket, @Param("estimate") long estimate, @Param("minutes") int minutes,
                @Param("at") LocalDateTime at, @Param("key") GeneratedKey key);

    Row lock(@Param("id") long id);

    int updatePending(@Param("id") long id, @Param("minutes") int minutes);

    int decide(@Param("id") long id, @Param("status") String status, @Param("person") long person,
               @Param("at") LocalDateTime at);

    Integer overridden(@Param("ticket") long ticket);

    void override(@Param("ticket") long ticket, @Param("reason") String reason, @Param("person") long person,
                  @Param("at") LocalDateTime at);
}
