package dev.ticketops.store;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Param;

/** Idempotency records. */
public interface RequestMapper {
    void insert(@Param("hash") String hash, @Param("response") String response, @Param("now") LocalDateTime now);

    String response(@Param("hash") String hash);


    int purge(@Param("before") LocalDateTime before);
}
