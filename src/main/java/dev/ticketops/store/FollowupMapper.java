package dev.ticketops.store;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

public interface FollowupMapper {
    record ClockedRow(long number, String title, String client, boolean urgent, boolean billable, String status,
                      String originPlatform, String originWorkspace, String originChannel, LocalDateTime openedAt,
                      LocalDateTime firstResponseAt, LocalDateTime estimateAt) {
    }

    record WaitingRow(long number, String title, String originPlatform, String originWorkspace, String originChannel,
                      LocalDateTime lastActivity, LocalDateTime lastReminder, long unbilledMinutes) {
    }

    ClockedRow clocked(@Param("ticket") long ticket);

    List<ClockedRow> openedSince(@Param("from") LocalDateTime from, @Param("limit") int limit);

    int claimAlert(@Param("ticket") long ticket, @Param("kind") String kind, @Param("at") LocalDateTime at);

    List<WaitingRow> waitingForApproval(@Param("before") LocalDateTime before, @Param("limit") int limit);

    long eventsBetween(@Param("kind") String kind, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    int rate(@Param("ticket") long ticket, @Param("person") long person, @Param("good") boolean good,
             @Param("comment") String comment, @Param("at") LocalDateTime at);

    long ratings(@Param("good") boolean good, @Param("from") LocalDateTime from, @Param("to") LocalDateTime to);
}
