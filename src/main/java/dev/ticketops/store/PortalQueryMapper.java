package dev.ticketops.store;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The portal's reads: ticket rows with estimate and invoice, and the board's filter lists. */
public interface PortalQueryMapper {
    record TicketRow(long number, String title, String status, boolean billable, boolean urgent, long clientId,
                     String clientName, long totalMinutes, LocalDateTime openedAt, Integer lowMinutes, Integer highMinutes,
                     LocalDateTime estimatedAt, String estimator, String invoice) {
    }

    List<TicketRow> tickets(@Param("client") Long client, @Param("requester") Long requester,
                            @Param("openOnly") boolean openOnly, @Param("limit") int limit, @Param("text") String text,
                            @Param("number") Long number, @Param("clientId") Long clientId,
                            @Param("estimatorId") Long estimatorId, @Param("boardOnly") boolean boardOnly);

    List<ClientMapper.Row> clients();

    List<PersonMapper.Row> staff();

    List<dev.ticketops.app.port.PortalQueries.WeekMinutes> minutesByClient(@Param("from") LocalDateTime from);

    List<dev.ticketops.app.port.PortalQueries.WeekMinutes> minutesByStaff(@Param("from") LocalDateTime from);

    List<dev.ticketops.app.port.PortalQueries.WeekMinutes> minutesBilled(@Param("from") LocalDateTime from);

    List<dev.ticketops.app.port.PortalQueries.MonthAmount> invoicedByMonth(@Param("from") java.time.LocalDate from);

    List<dev.ticketops.app.port.PortalQueries.MonthAmount> paidByMonth(@Param("from") LocalDateTime from);

    List<dev.ticketops.app.port.PortalQueries.ClientAmount> overdueByClient(@Param("today") java.time.LocalDate today);
}
