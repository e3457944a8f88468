package dev.ticketops.web.portal;

import dev.ticketops.app.ListInvoices;
import dev.ticketops.app.SearchTickets;
import dev.ticketops.app.ShowBoard;
import dev.ticketops.app.ShowInvoice;
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

    public record Board(Layout page, ShowBoard.Board board) {
        public boolean selectedClient(long id) {
            return board.clientId() != null && board.clientId() == id;
        }

        public boolean selectedAssignee(long id) {
            return board.assigneeId() != null && board.assigneeId() == id;
        }
    }
}
