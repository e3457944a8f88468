package dev.ticketops.app;

import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Estimates;
import dev.ticketops.app.port.Notice;
import dev.ticketops.domain.Action;
import dev.ticketops.app.port.Outbox;
import dev.ticketops.app.port.Tickets;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.CredentialScanner;
import dev.ticketops.domain.Estimate;
import dev.ticketops.domain.EstimateRange;
import dev.ticketops.domain.EstimateStatus;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Text;
import dev.ticketops.domain.Ticket;
import dev.ticketops.domain.TicketNumber;
import dev.ticketops.domain.TicketPolicy;
import dev.ticketops.domain.TicketStatus;
import java.util.Optional;
import java.util.Set;

/** Staff post an estimate (a range at the client's rate); it goes to the ticket's channel for the client's approval. */
public final class PostEstimate {
    public record Command(Caller caller, TicketNumber ticket, EstimateRange range, String note) implements UseCaseCommand {
    }

    public record Estimated(TicketDetails ticket, Estimate estimate, Optional<Estimate> replaced, Set<String> redactions) {
    }

    private final TicketAccess access;
    private final Estimates estimates;
    private final Tickets tickets;
    private final EffectiveTerms terms;
    private final TicketDetailsQuery details;
    private final Audit audit;
    private final Outbox outbox;
    private final AgencyCalendar calendar;
    private final TicketThreadNotices threads;
    private final ConversationFollowUp followUp;

    public PostEstimate(TicketAccess access, Estimates estimates, Tickets tickets, EffectiveTerms terms,
                        TicketDetailsQuery details, Audit audit, Outbox outbox, AgencyCalendar calendar,
            TicketThreadNotices threads, ConversationFollowUp followUp) {
        this.access = access;
        this.estimates = estimates;
        this.tickets = tickets;
        this.terms = terms;
        this.details = details;
        this.audit = audit;
        this.outbox = outbox;
        this.calendar = calendar;
        this.threads = threads;
        this.followUp = followUp;
    }

    public Result<Estimated> execute(Command c) {
        EstimateRange range = c.range();
        String rawNote = Text.isBlank(c.note()) ? null : c.note().strip();
        if (rawNote != null && Text.length(rawNote) > 1000) {
            return Result.refused("The note is longer than 1000 characters.", "Keep the estimate note short.");
        }
        return access.change(c.caller(), c.ticket(), TicketPolicy::mayEstimate, (p, t) -> {
            Optional<Estimate> previous = estimates.current(t.number())
                    .filter(e -> e.status() == EstimateStatus.PENDING);
            previous.ifPresent(e -> estimates.setStatus(e.id(), EstimateStatus.SUPERSEDED));
            var note = CredentialScanner.redact(rawNote);
            Estimate draft = new Estimate(0, t.number(), range, terms.of(t.clientId()).rate(),
                    note.text() == null ? null : Text.clip(note.text(), 1000), EstimateStatus.PENDING, p.id(), calendar.now());
            long id = estimates.insert(draft);
            Estimate estimate = new Estimate(id, draft.ticket(), draft.range(), draft.rate(), draft.note(), draft.status(),
                    draft.estimatedBy(), draft.createdAt());
            Ticket updated = t.withStatus(TicketStatus.ESTIMATED);
            tickets.update(updated, calendar.now());
            audit.record(t, p, "ESTIMATED", range.describe() + " at " + estimate.rate().displayShort() + "/hour"
                    + previous.map(e -> "; replaces " + e.range().describe()).orElse(""));
            threads.broadcast(t, new Notice.EstimatePosted(t.number(), id, t.title(),
                    range, estimate.rate(), estimate.clientText(), p.displayName(), estimate.note()));
            threads.cardChanged(updated);
            followUp.staffAnswered(t, p);
            return Result.ok(new Estimated(details.of(updated), estimate, previous, note.kinds()));
        });
    }
}
