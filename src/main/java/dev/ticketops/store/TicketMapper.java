package dev.ticketops.store;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Tickets and the global ticket-number sequence. */
public interface TicketMapper {
    record Row(long number, String title, String description, boolean urgent, boolean billable, String status,
               long clientId, long requesterId, String originPlatform, String originWorkspace, String originChannel,
               LocalDateTime openedAt, LocalDateTime closedAt, String closeSummary, LocalDateTime updatedAt,
               long loggedMinutes) {
    }

    record SummaryRow(long number, String title, String status, boolean billable, boolean urgent, String clientName,
                      long totalMinutes, LocalDateTime openedAt) {
    }

    Long lockSequence(@Param("name") String name);

    int advanceSequence(@Param("name") String name);

    int insertSequence(@Param("name") String name, @Param("nextValue") long nextValue);

    void insert(Row row);

    Row find(@Param("number") long number);

    Row lock(@Param("number") long number);

    int update(Row row);

    int addLoggedMinutes(@Param("number") long number, @Param("delta") int delta);

    List<SummaryRow> list(@Param("client") Long client, @Param("requester") Long requester,
                          @Param("openOnly") boolean openOnly, @Param("limit") int limit);
}
