package dev.ticketops.store;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Param;

/** Portal sign-in links and sessions (V8__portal.sql). */
public interface PortalMapper {
    record LinkRow(String tokenHash, long personId, String platform, String workspaceId, String channelId,
                   LocalDateTime expiresAt, LocalDateTime usedAt) {
    }

    record SessionRow(String sessionHash, long personId, String platform, String workspaceId, String channelId,
                      String csrfToken, LocalDateTime lastSeenAt, LocalDateTime revokedAt) {
    }

    void insertLink(@Param("hash") String hash, @Param("personId") long personId, @Param("platform") String platform,
                    @Param("workspaceId") String workspaceId, @Param("channelId") String channelId,
                    @Param("expiresAt") LocalDateTime expiresAt, @Param("now") LocalDateTime now);

    LinkRow lockLink(@Param("hash") String hash);

    int markLinkUsed(@Param("hash") String hash, @Param("now") LocalDateTime now);

    void insertSession(@Param("hash") String hash, @Param("personId") long personId, @Param("platform") String platform,
                       @Param("workspaceId") String workspaceId, @Param("channelId") String channelId,
                       @Param("csrf") String csrf, @Param("now") LocalDateTime now);

    SessionRow session(@Param("hash") String hash);

    int touchSession(@Param("hash") String hash, @Param("now") LocalDateTime now);

    int revokeSession(@Param("hash") String hash, @Param("now") LocalDateTime now);

    int revokeSessionsOf(@Param("personId") long personId, @Param("now") LocalDateTime now);

    int spendLinksOf(@Param("personId") long personId, @Param("now") LocalDateTime now);
}
