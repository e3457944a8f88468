package dev.ticketops.web.portal;

import dev.ticketops.app.ListInvoices;
import dev.ticketops.app.SearchTickets;
import dev.ticketops.app.ShowBoard;
import dev.ticketops.app.ShowInvoice;
import dev.ticketops.app.ShowNumbers;
import dev.ticketops.app.ShowTicketPage;
import dev.ticketops.domain.Estimate;
import dev.ticketops.domain.EstimateStatus;
import dev.ticketops.domain.Invoice;
import dev.ticketops.domain.TicketPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The models the portal's templates render: each page's use-case result and the layout, nothing decided here. */
public final class Views {
    private Views() {
    }

    /** A plain page: sign-in problems, not signed in, not found, refused. */
    public record Message(Layout page, String heading, String text, String hint) {
    }

    public record Tickets(Layout page, SearchTickets.Found found) {
    }

    /** What the person typed into the new-ticket form (redacted), to show again beside a refusal. */
    public record NewTicket(Layout page, List<Alert> alerts, String title, String description, boolean urgent) {
        public NewTicket {
            alerts = alerts.stream().filter(Objects::nonNull).toList();
        }
    }

    public record Ticket(Layout page, ShowTicketPage.Page ticket, List<Alert> alerts) {
        public Ticket {
            alerts = alerts.stream().filter(Objects::nonNull).toList();
        }

        /** The estimate waiting for this person's decision, if the decision policy lets them decide it. */
        public Estimate pendingForMe() {
            var d = ticket.details();
            return d.estimate().filter(e -> e.status() == EstimateStatus.PENDING && d.approval().isEmpty())
                    .filter(e -> TicketPolicy.mayDecide(page.user().person(), d.ticket()).isEmpty())
                    .orElse(null);
        }

        public boolean staff() {
            return page.staff();
        }
    }

    public record Invoices(Layout page, ListInvoices.Listing listing, String paymentInstructions, List<Alert> alerts) {
        public List<Invoice> overdue() {
            return listing.invoices().stream().filter(i -> i.isOverdue(listing.today())).toList();
        }

        public LocalDate today() {
            return listing.today();
        }
    }

    public record InvoicePage(Layout page, ShowInvoice.Shown shown, String paymentInstructions) {
        public String pdfUrl() {
            String url = shown.url();
            int q = url.indexOf('?');
            return url.substring(0, q) + "/pdf" + url.substring(q);
        }
    }

    /** The Numbers page: each chart's SVG and the numbers for the table beside it. */
    public record Numbers(Layout page, ShowNumbers.Numbers numbers) {
        private static final java.time.format.DateTimeFormatter WEEK = java.time.format.DateTimeFormatter.ofPattern("d MMM", java.util.Locale.ENGLISH);
        private static final java.time.format.DateTimeFormatter MONTH = java.time.format.DateTimeFormatter.ofPattern("MMM yy", java.util.Locale.ENGLISH);

        public List<String> weekLabels() {
            return numbers.weeks().stream().map(WEEK::format).toList();
        }

        public List<String> monthLabels() {
            return numbers.months().stream().map(m -> MONTH.format(m.month())).toList();
        }

        public String hoursChart(String title, List<ShowNumbers.Series> series) {
            return Charts.stacked(title, weekLabels(), series.stream().map(s -> new Charts.Row(s.name(),
                    s.minutes().stream().map(m -> m / 60.0).toList())).toList(), "hours");
        }

        public String moneyChart() {
            var m = numbers.months();
            return Charts.grouped("Invoiced and paid per month", monthLabels(), List.of(
                    new Charts.Row("Invoiced", m.stream().map(x -> x.invoiced().amount().doubleValue()).toList()),
                    new Charts.Row("Paid", m.stream().map(x -> x.paid().amount().doubleValue()).toList())),
                    m.isEmpty() ? "" : m.get(0).invoiced().currency());
        }

        public String overdueChart() {
            var o = numbers.overdue();
            return Charts.grouped("Overdue balance by client", o.stream().map(ShowNumbers.ClientBalance::client).toList(),
                    List.of(new Charts.Row("Overdue", o.stream().map(x -> x.overdue().amount().doubleValue()).toList())),
                    o.isEmpty() ? "" : o.get(0).overdue().currency());
        }

        public static String hours(long minutes) {
            return Charts.number(Math.round(minutes / 6.0) / 10.0);
        }
    }

    public record Board(Layout page, ShowBoard.Board board) {
        public boolean selectedClient(long id) {
            return board.clientId() != null && board.clientId() == id;
        }

        public boolean selectedAssignee(long id) {
            return board.assigneeId() != null && board.assigneeId() == id;
        }
    }
}
