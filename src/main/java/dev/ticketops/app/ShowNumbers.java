package dev.ticketops.app;

import dev.ticketops.app.port.PortalQueries;
import dev.ticketops.app.port.PortalQueries.WeekMinutes;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Money;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.TicketPolicy;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The staff's numbers: hours logged per week (the last {@link #WEEKS}, weeks from Monday, UTC) by client and by staff
 * member, billed against unbilled hours, invoiced against paid per month (the last {@link #MONTHS}, in the agency's
 * currency), and the overdue balance by client. Staff only.
 */
public final class ShowNumbers {
    public static final int WEEKS = 12;
    public static final int MONTHS = 12;

    public record Query(Caller caller) {
    }

    /** Minutes per week, in the order of {@link Numbers#weeks()}. */
    public record Series(String name, List<Long> minutes) {
        public long total() {
            return minutes.stream().mapToLong(Long::longValue).sum();
        }
    }

    public record Month(LocalDate month, Money invoiced, Money paid) {
    }

    public record ClientBalance(String client, Money overdue) {
    }

    public record Numbers(List<LocalDate> weeks, List<Series> byClient, List<Series> byStaff, List<Series> billing,
                          List<Month> months, List<ClientBalance> overdue, LocalDate today) {
    }

    private final Transactions transactions;
    private final TicketAccess access;
    private final PortalQueries queries;
    private final AgencyCalendar calendar;
    private final String currency;

    public ShowNumbers(Transactions transactions, TicketAccess access, PortalQueries queries, AgencyCalendar calendar,
                       String currency) {
        this.transactions = transactions;
        this.access = access;
        this.queries = queries;
        this.calendar = calendar;
        this.currency = currency;
    }

    public Result<Numbers> execute(Query q) {
        return transactions.inTransaction(() -> {
            Person p = access.person(q.caller());
            var refusal = TicketPolicy.staffOnly(p, "see the numbers");
            if (refusal.isPresent()) {
                return refusal.get().toResult();
            }
            LocalDate todayUtc = LocalDate.ofInstant(calendar.now(), ZoneOffset.UTC);
            LocalDate firstWeek = todayUtc.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(WEEKS - 1);
            List<LocalDate> weeks = new ArrayList<>();
            for (int i = 0; i < WEEKS; i++) {
                weeks.add(firstWeek.plusWeeks(i));
            }
            var from = firstWeek.atStartOfDay(ZoneOffset.UTC).toInstant();
            LocalDate firstMonth = todayUtc.withDayOfMonth(1).minusMonths(MONTHS - 1);
            Map<LocalDate, BigDecimal> invoiced = amounts(queries.invoicedByMonth(firstMonth));
            Map<LocalDate, BigDecimal> paid = amounts(queries.paidByMonth(firstMonth.atStartOfDay(ZoneOffset.UTC).toInstant()));
            List<Month> months = new ArrayList<>();
            for (int i = 0; i < MONTHS; i++) {
                LocalDate m = firstMonth.plusMonths(i);
                months.add(new Month(m, new Money(invoiced.getOrDefault(m, BigDecimal.ZERO), currency),
                        new Money(paid.getOrDefault(m, BigDecimal.ZERO), currency)));
            }
            List<ClientBalance> overdue = queries.overdueByClient(calendar.today()).stream()
                    .map(a -> new ClientBalance(a.client(), new Money(a.amount(), a.currency()))).toList();
            return Result.ok(new Numbers(weeks, series(weeks, queries.minutesByClient(from)),
                    series(weeks, queries.minutesByStaff(from)), series(weeks, queries.minutesBilled(from)), months, overdue,
                    calendar.today()));
        });
    }

    private Map<LocalDate, BigDecimal> amounts(List<PortalQueries.MonthAmount> rows) {
        Map<LocalDate, BigDecimal> m = new LinkedHashMap<>();
        rows.stream().filter(r -> r.currency().equals(currency)).forEach(r -> m.merge(r.month(), r.amount(), BigDecimal::add));
        return m;
    }

    private static List<Series> series(List<LocalDate> weeks, List<WeekMinutes> rows) {
        Map<String, long[]> byName = new LinkedHashMap<>();
        for (WeekMinutes r : rows) {
            int i = weeks.indexOf(r.week());
            if (i >= 0) {
                byName.computeIfAbsent(r.name(), n -> new long[weeks.size()])[i] += r.minutes();
            }
        }
        List<Series> out = new ArrayList<>();
        byName.forEach((name, v) -> out.add(new Series(name, java.util.Arrays.stream(v).boxed().toList())));
        return out;
    }
}
