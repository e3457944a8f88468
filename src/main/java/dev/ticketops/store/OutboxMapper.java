package dev.ticketops.store;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

public interface OutboxMapper {
    record Row(Long id, String platform, String workspaceId, String channelId, String kind, Long ticketNumber,
               String payload, String status, int attempts, LocalDateTime nextAttemptAt, LocalDateTime createdAt) {
    }

    /** {@code lane}: messages of one lane are delivered in order (null: none). */
    void insert(@Param("row") Row row, @Param("lane") String lane);

    /** Due messages, oldest first, locked so that other instances skip them. */
    List<Row> lockDue(@Param("now") LocalDateTime now, @Param("limit") int limit,
                      @Param("platforms") java.util.Collection<String> platforms);

    int claim(@Param("id") long id, @Param("token") String token, @Param("until") LocalDateTime until);

    int markSent(@Param("id") long id, @Param("token") String token, @Param("externalId") String externalId,
                 @Param("now") LocalDateTime now);

    int markRetry(@Param("id") long id, @Param("token") String token, @Param("error") String error,
                  @Param("next") LocalDateTime next, @Param("failed") boolean failed);

    /** The newest message of this kind for this ticket and channel that waits unclaimed, locked; null if none. */
    Long lockWaiting(@Param("platform") String platform, @Param("workspace") String workspace, @Param("channel") String channel,
                     @Param("kind") String kind, @Param("ticket") long ticket);

    int replacePayload(@Param("id") long id, @Param("payload") String payload);

    long countPending();

    LocalDateTime oldestPending();
}
