package dev.ticketops.app;

import dev.ticketops.domain.Caller;
import dev.ticketops.domain.ChannelRef;
import dev.ticketops.domain.Person;

/**
 * Who a portal session belongs to: the person, the caller the use cases see (as the chat platform last described
 * them: name and role), the chat channel the sign-in link was asked for in (where the portal opens tickets, as that
 * command would have), and the session's form token.
 */
public record PortalUser(Person person, Caller caller, ChannelRef channel, String csrfToken) {
    public boolean isStaff() {
        return person.isStaff();
    }
}
