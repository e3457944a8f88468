package dev.ticketops.app;

import dev.ticketops.app.port.PortalAccess;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;

/**
 * Signs out of the portal: {@code /ticket portal logout-all} (or the portal's "sign out everywhere") revokes every
 * session of the person and spends their unused links; "sign out" ends one session.
 */
public final class EndPortalSessions {
    public record Command(Caller caller) implements UseCaseCommand {
    }

    public record Ended(int sessions) {
    }

    private final Transactions transactions;
    private final TicketAccess access;
    private final PortalAccess portal;
    private final AgencyCalendar calendar;

    public EndPortalSessions(Transactions transactions, TicketAccess access, PortalAccess portal, AgencyCalendar calendar) {
        this.transactions = transactions;
        this.access = access;
        this.portal = portal;
        this.calendar = calendar;
    }

    public Result<Ended> execute(Command c) {
        return transactions.inTransaction(() -> {
            Person p = access.person(c.caller());
            return Result.ok(new Ended(portal.revokeAll(p.id(), calendar.now())));
        });
    }

    /** Ends the one session with this secret (a sign-out button). */
    public void signOut(String session) {
        if (PortalSecrets.wellFormed(session)) {
            transactions.inTransaction(() -> portal.revokeSession(PortalSecrets.hash(session), calendar.now()));
        }
    }
}
