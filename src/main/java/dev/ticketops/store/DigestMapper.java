package dev.ticketops.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The daily digest's reads, and its once-per-day delivery records. */
public interface DigestMapper {
    record LineRow(long number, String title, String client, LocalDateTime since, long minutes) {
    }

    record PersonRow(String person, long minutes) {
    }

    record ChannelRow(long clientId, String clientName, String platform, String workspaceId, String channelId) {
    }

    List<LineRow> opened(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to, @Param("client") Long client,
                         @Param("limit") int limit);

    long countOpened(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to, @Param("client") Long client);

    List<LineRow> waitingForEstimate(@Param("client") Long client, @Param("limit") int limit);

    long countWaitingForEstimate(@Param("client") Long client);

    List<LineRow> waitingForApproval(@Param("client") Long client, @Param("limit") int limit);

    long countWaitingForApproval(@Param("client") Long client);

    List<LineRow> approvedWithoutTime(@Param("client") Long client, @Param("limit") int limit);

    long countApprovedWithoutTime(@Param("client") Long client);

    List<LineRow> timeByTicket(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to, @Param("client") Long client,
                               @Param("limit") int limit);

    long countTimeByTicket(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to, @Param("client") Long client);

    List<PersonRow> timeByPerson(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to);

    List<LineRow> closed(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to, @Param("client") Long client,
                         @Param("limit") int limit);

    long countClosed(@Param("from") LocalDateTime from, @Param("to") LocalDateTime to, @Param("client") Long client);

    List<ChannelRow> clientChannels();

    int claim(@Param("destination") String destination, @Param("day") LocalDate day, @Param("at") LocalDateTime at);

    LocalDateTime lastSent(@Param("destination") String destination, @Param("before") LocalDateTime before);
}
