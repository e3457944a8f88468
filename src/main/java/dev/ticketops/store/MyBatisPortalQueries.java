package dev.ticketops.store;

import dev.ticketops.app.port.PortalQueries;
import dev.ticketops.app.port.PortalTicket;
import dev.ticketops.app.port.TicketQuery;
import dev.ticketops.domain.Client;
import dev.ticketops.domain.ClientKind;
import dev.ticketops.domain.EstimateRange;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketStatus;
import java.util.List;
import java.util.Optional;

final class MyBatisPortalQueries implements PortalQueries {
    private final MyBatisTransactions tx;

    MyBatisPortalQueries(MyBatisTransactions tx) {
        this.tx = tx;
    }

    @Override
    public List<PortalTicket> tickets(TicketQuery v, String text, Long number, Long clientId, Long estimatorId,
                                      boolean boardOnly) {
        String like = text == null || text.isBlank() ? null
                : text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return tx.mapper(PortalQueryMapper.class).tickets(v.visibleToClient(), v.visibleToRequester(), v.openOnly(), v.limit(),
                like, number, clientId, estimatorId, boardOnly).stream().map(MyBatisPortalQueries::toTicket).toList();
    }

    private static PortalTicket toTicket(PortalQueryMapper.TicketRow r) {
        return new PortalTicket(TicketNumber.of(r.number()), r.title(), TicketStatus.valueOf(r.status()), r.billable(),
                r.urgent(), r.clientId(), r.clientName(), r.totalMinutes(), Utc.instant(r.openedAt()),
                r.lowMinutes() == null ? Optional.empty() : Optional.of(new EstimateRange(r.lowMinutes(), r.highMinutes())),
                Optional.ofNullable(r.estimatedAt()).map(Utc::instant), Optional.ofNullable(r.estimator()),
                Optional.ofNullable(r.invoice()));
    }

    @Override
    public List<Client> clients() {
        return tx.mapper(PortalQueryMapper.class).clients().stream()
                .map(r -> new Client(r.id(), r.name(), ClientKind.valueOf(r.kind()))).toList();
    }

    @Override
    public List<WeekMinutes> minutesByClient(java.time.Instant from) {
        return tx.mapper(PortalQueryMapper.class).minutesByClient(Utc.of(from));
    }

    @Override
    public List<WeekMinutes> minutesByStaff(java.time.Instant from) {
        return tx.mapper(PortalQueryMapper.class).minutesByStaff(Utc.of(from));
    }

    @Override
    public List<WeekMinutes> minutesBilled(java.time.Instant from) {
        return tx.mapper(PortalQueryMapper.class).minutesBilled(Utc.of(from));
    }

    @Override
    public List<MonthAmount> invoicedByMonth(java.time.LocalDate from) {
        return tx.mapper(PortalQueryMapper.class).invoicedByMonth(from);
    }

    @Override
    public List<MonthAmount> paidByMonth(java.time.Instant from) {
        return tx.mapper(PortalQueryMapper.class).paidByMonth(Utc.of(from));
    }

    @Override
    public List<ClientAmount> overdueByClient(java.time.LocalDate today) {
        return tx.mapper(PortalQueryMapper.class).overdueByClient(today);
    }

    @Override
    public List<Person> staff() {
        return tx.mapper(PortalQueryMapper.class).staff().stream().map(MyBatisPeople::toPerson).toList();
    }
}
