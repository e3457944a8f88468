package dev.ticketops.store;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Param;

public interface TicketThreadMapper {
    record Row(Long ticketNumber, String side, String platform, String workspaceId, String channelId,
               String rootMessageId, String threadId, LocalDateTime startedAt) {
    }

    int insert(Row row);

    Row find(@Param("ticket") long ticket, @Param("side") String side, @Param("platform") String platform);

    Row locate(@Param("platform") String platform, @Param("channel") String channel, @Param("id") String threadId);
}
