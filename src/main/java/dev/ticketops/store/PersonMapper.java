package dev.ticketops.store;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Param;

public interface PersonMapper {
    record Row(Long id, String platform, String workspaceId, String userId, String displayName, String role,
               Long clientId) {
    }

    Row byIdentity(@Param("platform") String platform, @Param("workspaceId") String workspaceId,
                   @Param("userId") String userId);

    Row byId(@Param("id") long id);

    Row firstOfClient(@Param("clientId") long clientId);

    void insert(@Param("row") Row row, @Param("now") LocalDateTime now, @Param("key") GeneratedKey key);

    int refresh(@Param("id") long id, @Param("displayName") String displayName, @Param("role") String role,
                @Param("now") LocalDateTime now);

    int setClient(@Param("id") long id, @Param("clientId") long clientId, @Param("now") LocalDateTime now);
}
