package dev.ticketops.web.portal;

import dev.ticketops.app.PortalUser;

/** What every portal page shares: its title, who is signed in (null on the sign-in pages) and the active tab. */
public record Layout(String title, PortalUser user, String tab) {
    public boolean signedIn() {
        return user != null;
    }

    public boolean staff() {
        return user != null && user.isStaff();
    }

    public String name() {
        return user == null ? "" : user.person().displayName();
    }

    public String csrf() {
        return user == null ? "" : user.csrfToken();
    }

    public String current(String t) {
        return t.equals(tab) ? "page" : null;
    }
}
