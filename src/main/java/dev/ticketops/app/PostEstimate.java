package dev.ticketops.app;

import dev.ticketops.app.port.Destination;
import dev.ticketops.app.port.Notice;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.CredentialScanner;
import dev.ticketops.domain.Estimate;
import dev.ticketops.domain.EstimateRange;
import dev.ticketops.domain.EstimateStatus;
import dev.ticketops.domain.Person;
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
    public record Command(Caller caller, TicketNumber ticket, String range, String note) {
    }

    public record Estimated(TicketDetails ticket, Estimate estimate, Optional<Estimate> replaced, Set<String> redactions) {
    }

    private final Context ctx;

    public PostEstimate(Context ctx) {
        this.ctx = ctx;
    }

    public Result<Estimated> execute(Command c) {
        var parsed = EstimateRange.parse(c.range());
        if (parsed instanceof Result.Refused<EstimateRange> r) {
            return Result.refused(r.reason(), r.hint().thenUsage(Action.ESTIMATE));
        }
        EstimateRange range = ((Result.Ok<EstimateRange>) parsed).value();
        String rawNote = Text.isBlank(c.note()) ? null : c.note().strip();
        if (rawNote != null && Text.length(rawNote) > 1000) {
            return Result.refused("The note is longer than 1000 characters.", "Keep the estimate note short.");
        }
        return ctx.tx(() -> {
            Person p = ctx.person(c.caller());
            var found = ctx.lockVisible(p, c.ticket());
            if (found instanceof Result.Refused<Ticket> r) {
                return r.as();
            }
            Ticket t = found.orElseThrow();
            var refusal = TicketPolicy.mayEstimate(p, t);
            if (refusal.isPresent()) {
                return Context.refuse(refusal);
            }
            var stores = ctx.stores();
            Optional<Estimate> previous = stores.estimates().current(t.number())
                    .filter(e -> e.status() == EstimateStatus.PENDING);
            previous.ifPresent(e -> stores.estimates().setStatus(e.id(), EstimateStatus.SUPERSEDED));
            var note = CredentialScanner.redact(rawNote);
            Estimate draft = new Estimate(0, t.number(), range, ctx.terms(t.clientId()).rate(),
                    note.text() == null ? null : Text.clip(note.text(), 1000), EstimateStatus.PENDING, p.id(), ctx.now());
            long id = stores.estimates().insert(draft);
            Estimate estimate = new Estimate(id, draft.ticket(), draft.range(), draft.rate(), draft.note(), draft.status(),
                    draft.estimatedBy(), draft.createdAt());
            Ticket updated = t.withStatus(TicketStatus.ESTIMATED);
            stores.tickets().update(updated, ctx.now());
            ctx.audit(t, p, "ESTIMATED", range.describe() + " at " + estimate.rate().displayShort() + "/hour"
                    + previous.map(e -> "; replaces " + e.range().describe()).orElse(""));
            stores.outbox().enqueue(Destination.channel(t.origin()), new Notice.EstimatePosted(t.number(), id, t.title(),
                    range, estimate.rate(), estimate.clientText(), p.displayName(), estimate.note()), ctx.now());
            return Result.ok(new Estimated(ctx.details(updated), estimate, previous, note.kinds()));
        });
    }
}
