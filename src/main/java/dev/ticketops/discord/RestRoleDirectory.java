package dev.ticketops.discord;

import dev.ticketops.app.port.DeliveryException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Looks up role ids by name through the REST API, cached per guild for ten minutes. */
public final class RestRoleDirectory implements DiscordInteractions.RoleDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(RestRoleDirectory.class);
    private static final Duration TTL = Duration.ofMinutes(10);

    private record Entry(Map<String, Set<String>> idsByName, Instant fetched) {
    }

    private final DiscordRest rest;
    private final Clock clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    public RestRoleDirectory(DiscordRest rest, Clock clock) {
        this.rest = rest;
        this.clock = clock;
    }

    @Override
    public Set<String> roleIdsNamed(String guildId, String roleName) {
        Entry e = cache.get(guildId);
        if (e == null || e.fetched().plus(TTL).isBefore(clock.instant())) {
            try {
                Map<String, Set<String>> byName = new ConcurrentHashMap<>();
                rest.guildRoles(guildId).forEach(r -> byName.computeIfAbsent(r.path("name").asText().toLowerCase(), k -> new HashSet<>())
                        .add(r.path("id").asText()));
                e = new Entry(byName, clock.instant());
                cache.put(guildId, e);
            } catch (DeliveryException ex) {
                LOG.warn("could not read the roles of guild {}: {}", guildId, ex.getMessage());
                if (e == null) {
                    return Set.of();
                }
            }
        }
        return e.idsByName().getOrDefault(roleName.toLowerCase(), Set.of());
    }
}
