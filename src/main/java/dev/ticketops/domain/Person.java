package dev.ticketops.domain;

/** A person known on one platform, with their role and (for client people) their client. */
public record Person(long id, Platform platform, String workspaceId, String userId, String displayName, Role role,
                     Long clientId) {
    public boolean isStaff() {
        return role == Role.STAFF;
    }

    /** How chat platforms mention a user; renderers turn it into a real mention. */
    public String mention() {
        return "@" + displayName;
    }
}
