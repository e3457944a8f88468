package dev.ticketops.domain;

import java.util.Objects;

/**
 * Who is speaking, as a chat platform identifies them. The adapter decides the role (staff lists, Discord roles).
 */
public record Caller(Platform platform, String workspaceId, String userId, String displayName, Role role) {
    public Caller {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(role, "role");
        workspaceId = requireId(workspaceId, "workspaceId");
        userId = requireId(userId, "userId");
        displayName = displayName == null || displayName.isBlank() ? userId : Text.clip(displayName.strip(), 200);
    }

    static String requireId(String value, String name) {
        if (value == null || value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException(name + " must be 1-64 characters");
        }
        return value;
    }

    public boolean isStaff() {
        return role == Role.STAFF;
    }
}
