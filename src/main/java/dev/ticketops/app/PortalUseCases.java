package dev.ticketops.app;

/**
 * The use cases only the web portal and its chat command need: sign-in links and sessions, and the portal's lists.
 * Everything a portal page changes goes through the same use cases chat uses ({@link UseCases}).
 */
public record PortalUseCases(MintPortalLink mintLink, EndPortalSessions endSessions, SignInPortal signIn,
                             ResumePortalSession resume, SearchTickets searchTickets, ShowBoard board,
                             ShowTicketPage ticketPage, ShowNumbers numbers) {
}
