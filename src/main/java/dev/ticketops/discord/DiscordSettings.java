package dev.ticketops.discord;

import java.util.Optional;
import java.util.Set;

/**
 * Discord configuration. {@code mode} is {@code http} (interactions arrive at POST /discord/interactions) or
 * {@code gateway} (JDA receives them over the gateway) — Discord delivers to one or the other, never both.
 */
public record DiscordSettings(Mode mode, Optional<String> publicKeyHex, Optional<String> applicationId,
                              Optional<String> botToken, String apiUrl, Optional<String> guildId, Set<String> staffIds,
                              Optional<String> staffRole) {
    public static final String DEFAULT_API_URL = "https://discord.com/api/v10";

    public enum Mode { HTTP, GATEWAY }

    public DiscordSettings {
        apiUrl = apiUrl.endsWith("/") ? apiUrl.substring(0, apiUrl.length() - 1) : apiUrl;
        staffIds = Set.copyOf(staffIds);
    }

    @Override
    public String toString() {
        return "DiscordSettings[mode=" + mode + ", apiUrl=" + apiUrl + ", application=" + applicationId.orElse("-")
                + ", secrets hidden]";
    }
}
