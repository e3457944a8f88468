package dev.ticketops.store;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Param;

/** Clients and the chat channels linked to them. */
public interface ClientMapper {
    record Row(long id, String name, String kind) {
    }

    void insert(@Param("name") String name, @Param("orgKey") String orgKey, @Param("kind") String kind,
                @Param("now") LocalDateTime now, @Param("key") GeneratedKey key);

    Row byId(@Param("id") long id);

    Row byOrgKey(@Param("orgKey") String orgKey);

    java.util.List<Row> named(@Param("name") String name);

    Row lock(@Param("id") long id);

    record TermsRow(java.math.BigDecimal hourlyRate, String currency, Integer paymentTermDays, String billingContact,
                    String billingPlatform, String billingWorkspace, String billingChannel) {
    }

    TermsRow terms(@Param("id") long id);

    int updateTerms(@Param("id") long id, @Param("t") TermsRow terms);

    int setBillingChannelIfEmpty(@Param("id") long id, @Param("platform") String platform,
                                 @Param("workspace") String workspace, @Param("channel") String channel);

    java.util.List<ChannelRow> channelsOf(@Param("clientId") long clientId);

    record ChannelRow(String platform, String workspaceId, String channelId) {
    }

    Long linkedClient(@Param("platform") String platform, @Param("workspaceId") String workspaceId,
                      @Param("channelId") String channelId);

    void link(@Param("platform") String platform, @Param("workspaceId") String workspaceId,
              @Param("channelId") String channelId, @Param("clientId") long clientId,
              @Param("linkedBy") long linkedBy, @Param("now") LocalDateTime now);
}
