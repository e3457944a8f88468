package dev.ticketops.app;

import dev.ticketops.app.port.PortalAccess;
import dev.ticketops.app.port.Transactions;
import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Person;
import dev.ticketops.domain.Result;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code /ticket portal}: a one-time sign-in link to the web portal for the person the chat platform says is asking,
 * valid for {@link #VALID_FOR} and one use. Only the token's hash is stored; the link is shown once, privately.
 */
public final class MintPortalLink {
    public static final Duration VALID_FOR = Duration.ofMinutes(15);

    public record Command(Caller caller, ChannelRef channel) implements UseCaseCommand {
    }

    public record Minted(String url, Instant expiresAt, boolean staff) {
    }

    private final Transactions transactions;
    private final TicketAccess access;
    private final PortalAccess portal;
    private final AgencyCalendar calendar;
    private final String publicUrl;

    public MintPortalLink(Transactions transactions, TicketAccess access, PortalAccess portal, AgencyCalendar calendar,
                          String publicUrl) {
        this.transactions = transactions;
        this.access = access;
        this.portal = portal;
        this.calendar = calendar;
        this.publicUrl = publicUrl;
    }

    public Result<Minted> execute(Command c) {
        return transactions.inTransaction(() -> {
            Person p = access.person(c.caller());
            String token = PortalSecrets.newSecret();
            Instant expires = calendar.now().plus(VALID_FOR);
            portal.insertLink(PortalSecrets.hash(token), p.id(), c.channel(), expires, calendar.now());
            return Result.ok(new Minted(publicUrl + "/portal/login?token=" + token, expires, p.isStaff()));
        });
    }
}
