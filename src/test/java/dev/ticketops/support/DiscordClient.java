package dev.ticketops.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Plays Discord: builds interactions, signs them with a generated Ed25519 key, and posts them. */
public final class DiscordClient {
    public static final String APP = "111111111111111111";
    public static final String GUILD = "222222222222222222";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong IDS = new AtomicLong(900_000_000_000_000_000L);

    private volatile String endpoint;
    private final PrivateKey key;
    private final String publicKeyHex;

    public record User(String id, String name, List<String> roles) {
        public User(String id, String name) {
            this(id, name, List.of());
        }
    }

    public DiscordClient(String endpoint) {
        this.endpoint = endpoint;
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            this.key = pair.getPrivate();
            byte[] x509 = pair.getPublic().getEncoded();
            byte[] raw = java.util.Arrays.copyOfRange(x509, x509.length - 32, x509.length);
            this.publicKeyHex = HexFormat.of().formatHex(raw);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Points this client (and its key pair) at a server's interactions endpoint. */
    public DiscordClient at(String url) {
        this.endpoint = url;
        return this;
    }

    public String publicKeyHex() {
        return publicKeyHex;
    }

    public static String newId() {
        return Long.toString(IDS.incrementAndGet());
    }

    public String sign(String timestamp, String body) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initSign(key);
            s.update((timestamp + body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(s.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String body) {
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        return Http.post(endpoint, body, Map.of("Content-Type", "application/json", "X-Signature-Timestamp", ts,
                "X-Signature-Ed25519", sign(ts, body)));
    }

    public HttpResponse<String> post(ObjectNode interaction) {
        return post(interaction.toString());
    }

    public static ObjectNode base(String id, int type, User u, String channel) {
        ObjectNode n = JSON.createObjectNode().put("id", id).put("type", type).put("application_id", APP)
                .put("token", "tok-" + id).put("version", 1).put("guild_id", GUILD).put("channel_id", channel);
        ObjectNode member = n.putObject("member");
        ArrayNode roles = member.putArray("roles");
        u.roles().forEach(roles::add);
        member.putObject("user").put("id", u.id()).put("username", u.name()).put("global_name", u.name());
        return n;
    }

    /** A slash command; {@code sub} may be null; options are name → String, Long or Boolean. */
    public static ObjectNode command(String id, User u, String channel, String name, String sub, Map<String, Object> options) {
        ObjectNode n = base(id, 2, u, channel);
        ObjectNode data = n.putObject("data").put("id", "3333").put("name", name).put("type", 1);
        ArrayNode opts = data.putArray("options");
        ArrayNode target = opts;
        if (sub != null) {
            ObjectNode s = opts.addObject().put("type", 1).put("name", sub);
            target = s.putArray("options");
        }
        for (var e : new LinkedHashMap<>(options).entrySet()) {
            ObjectNode o = target.addObject().put("name", e.getKey());
            Object v = e.getValue();
            if (v instanceof Boolean b) {
                o.put("type", 5).put("value", b);
            } else if (v instanceof Number num) {
                o.put("type", 4).put("value", num.longValue());
            } else {
                o.put("type", 3).put("value", v.toString());
            }
        }
        return n;
    }

    public static ObjectNode button(String id, User u, String channel, String customId) {
        ObjectNode n = base(id, 3, u, channel);
        n.putObject("data").put("custom_id", customId).put("component_type", 2);
        n.putObject("message").put("id", "444").put("channel_id", channel);
        return n;
    }

    public static ObjectNode autocomplete(String id, User u, String channel, String name, String sub, String focused, Object typed) {
        ObjectNode n = command(id, u, channel, name, sub, Map.of(focused, typed));
        n.put("type", 4);
        ArrayNode opts = (ArrayNode) n.path("data").path("options");
        ArrayNode target = sub == null ? opts : (ArrayNode) opts.get(0).path("options");
        ((ObjectNode) target.get(0)).put("focused", true).put("type", 4).put("value", typed.toString());
        return n;
    }
}
