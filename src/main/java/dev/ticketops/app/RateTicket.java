package dev.ticketops.app;

import dev.ticketops.app.port.Followups;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.CredentialScanner;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Refusal;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Suggestion;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketPolicy;
import dev.ticketops.domain.TicketStatus;
import java.util.Optional;

/**
 * The client rates a closed ticket 👍 or 👎 (with an optional comment), once: only the ticket's client people may,
 * and the rating is recorded in the ticket's history, where staff see it, and counted in the staff digest.
 */
public final class RateTicket {
    public record Command(Caller caller, TicketNumber ticket, boolean good, String comment) implements UseCaseCommand {
    }

    public record Rated(Ticket ticket, boolean good, String comment) {
    }

    private final TicketAccess access;
    private final Followups followups;
    private final Audit audit;
    private final AgencyCalendar calendar;

    public RateTicket(TicketAccess access, Followups followups, Audit audit, AgencyCalendar calendar) {
        this.access = access;
        this.followups = followups;
        this.audit = audit;
        this.calendar = calendar;
    }

    static Optional<Refusal> mayRate(dev.ticketops.domain.Person p, Ticket t) {
        if (!TicketPolicy.isClientContact(p, t)) {
            return Optional.of(new Refusal("Only the client of ticket " + t.number() + " can rate it.",
                    p.isStaff() ? Hint.say("The rating is the client's word on the work; staff see it in the ticket's history.")
                            : Hint.run("If this is your request, open your own ticket with ", Suggestion.of(Action.OPEN_TICKET), ".")));
        }
        if (t.status() != TicketStatus.CLOSED) {
            return Optional.of(new Refusal("Ticket " + t.number() + " is not closed yet.", "Rate it once the work is done and it is closed."));
        }
        return Optional.empty();
    }

    public Result<Rated> execute(Command c) {
        String comment = Text.isBlank(c.comment()) ? null : Text.clip(CredentialScanner.redact(c.comment().strip()).text(), 1000);
        return access.change(c.caller(), c.ticket(), RateTicket::mayRate, (p, t) -> {
            if (!followups.rate(t.number(), p.id(), c.good(), comment, calendar.now())) {
                return Result.refused("Ticket " + t.number() + " has already been rated — a ticket is rated once. Thank you!",
                        Hint.run("Something else to tell us? Open a ticket with ", Suggestion.of(Action.OPEN_TICKET), "."));
            }
            audit.record(t, p, "RATED", (c.good() ? "👍" : "👎") + (comment == null ? "" : " " + comment));
            return Result.ok(new Rated(t, c.good(), comment));
        });
    }
}
