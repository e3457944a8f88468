package dev.ticketops.app;

import dev.ticketops.app.port.People;
import dev.ticketops.app.port.PortalAccess;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Action;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.Hint;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import dev.ticketops.domain.Suggestion;
import java.time.Instant;

/**
 * Opens a portal session with a sign-in link: the link must be known, unused and unexpired, and is spent in the same
 * transaction (two clicks on one link cannot both sign in). The session's secret goes to the browser once; only its
 * hash is stored.
 */
public final class SignInPortal {
    public record SignedIn(String session, PortalUser user) {
    }

    private final Transactions transactions;
    private final PortalAccess portal;
    private final People people;
    private final AgencyCalendar calendar;

    public SignInPortal(Transactions transactions, PortalAccess portal, People people, AgencyCalendar calendar) {
        this.transactions = transactions;
        this.portal = portal;
        this.people = people;
        this.calendar = calendar;
    }

    /** Why a link does not sign in, and how to get one that does. */
    public static Result<SignedIn> unusable() {
        return Result.refused("This sign-in link is unknown, already used or expired.",
                Hint.run("Ask for a new one: type ", Suggestion.of(Action.PORTAL),
                        " — a link works once, for " + MintPortalLink.VALID_FOR.toMinutes() + " minutes."));
    }

    public Result<SignedIn> execute(String token) {
        if (!PortalSecrets.wellFormed(token)) {
            return unusable();
        }
        return transactions.inTransaction(() -> {
            String hash = PortalSecrets.hash(token);
            Instant now = calendar.now();
            var link = portal.lockLink(hash).filter(l -> l.usedAt().isEmpty() && now.isBefore(l.expiresAt()));
            if (link.isEmpty()) {
                return unusable();
            }
            Person p = people.byId(link.get().personId()).orElseThrow();
            portal.markLinkUsed(hash, now);
            String session = PortalSecrets.newSecret();
            String csrf = PortalSecrets.newSecret();
            portal.insertSession(PortalSecrets.hash(session), p.id(), link.get().channel(), csrf, now);
            return Result.ok(new SignedIn(session, new PortalUser(p, callerOf(p), link.get().channel(), csrf)));
        });
    }

    static Caller callerOf(Person p) {
        return new Caller(p.platform(), p.workspaceId(), p.userId(), p.displayName(), p.role());
    }
}
