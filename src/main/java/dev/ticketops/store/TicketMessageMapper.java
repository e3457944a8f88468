package dev.ticketops.store;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

public interface TicketMessageMapper {
    record Row(Long id, Long ticketNumber, String side, boolean internal, String platform, String workspaceId,
               String channelId, String messageId, Long authorId, String authorName, String authorRole, String via,
               String body, String redactions, LocalDateTime writtenAt, LocalDateTime editedAt, LocalDateTime deletedAt) {
    }

    /** INSERT IGNORE: 0 rows when that platform message is stored already. */
    int insert(@Param("row") Row row, @Param("key") GeneratedKey key);

    Row find(@Param("platform") String platform, @Param("workspace") String workspace, @Param("channel") String channel,
             @Param("message") String message);

    int edit(@Param("id") long id, @Param("body") String body, @Param("redactions") String redactions,
             @Param("at") LocalDateTime at);

    int delete(@Param("id") long id, @Param("at") LocalDateTime at);

    List<Row> latest(@Param("ticket") long ticket, @Param("internal") boolean withInternal, @Param("limit") int limit);

    long count(@Param("ticket") long ticket, @Param("internal") boolean withInternal);
}
