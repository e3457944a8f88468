package dev.ticketops.discord;

import java.util.List;
import java.util.Map;

/**
 * An interaction as both transports deliver it — parsed from the HTTP endpoint's JSON or read off a JDA event — so
 * one handler serves both.
 *
 * @param type 2 = application command, 3 = message component, 4 = autocomplete
 * @param options the command's (or subcommand's) options: String, Long or Boolean values
 * @param messageId for a button click, the id of the message that carries the button (null if not given)
 */
public record DiscordInteraction(String id, int type, String applicationId, String token, String guildId,
                                 String channelId, String userId, String userName, List<String> roleIds,
                                 List<String> roleNames, String command, String subcommand, Map<String, Object> options,
                                 String focusedOption, String customId, String messageId) {
    public static final int PING = 1;
    public static final int COMMAND = 2;
    public static final int COMPONENT = 3;
    public static final int AUTOCOMPLETE = 4;

    public DiscordInteraction(String id, int type, String applicationId, String token, String guildId, String channelId,
                              String userId, String userName, List<String> roleIds, List<String> roleNames, String command,
                              String subcommand, Map<String, Object> options, String focusedOption, String customId) {
        this(id, type, applicationId, token, guildId, channelId, userId, userName, roleIds, roleNames, command, subcommand,
                options, focusedOption, customId, null);
    }

    public DiscordInteraction {
        roleIds = roleIds == null ? List.of() : List.copyOf(roleIds);
        roleNames = roleNames == null ? null : List.copyOf(roleNames);
        options = options == null ? Map.of() : Map.copyOf(options);
    }

    public String string(String name) {
        Object v = options.get(name);
        return v == null ? null : v.toString();
    }

    public Long number(String name) {
        Object v = options.get(name);
        if (v instanceof Number n) {
            return n.longValue();
        }
        if (v instanceof String s) {
            try {
                return Long.parseLong(s.strip().replace("#", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    public Boolean flag(String name) {
        Object v = options.get(name);
        return v instanceof Boolean b ? b : null;
    }

    /** Discord has no workspace in a DM; "@me" stands in for it. */
    public String workspace() {
        return guildId == null ? "@me" : guildId;
    }
}
