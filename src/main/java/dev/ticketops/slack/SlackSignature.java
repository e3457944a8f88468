package dev.ticketops.slack;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signing, stricter than Bolt's own check: the timestamp must lie within five minutes in the past
 * <em>or the future</em>, and the signature is compared in constant time.
 */
public final class SlackSignature {
    public static final Duration WINDOW = Duration.ofMinutes(5);

    private final byte[] secret;

    public SlackSignature(String signingSecret) {
        this.secret = signingSecret.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code v0=} + hex HMAC-SHA256 of {@code v0:<timestamp>:<body>}. */
    public String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Why the request is not Slack's, or empty when it is. */
    public Optional<String> reject(String timestamp, String signature, byte[] body, Instant now) {
        if (timestamp == null || signature == null || timestamp.isBlank() || signature.isBlank()) {
            return Optional.of("missing X-Slack-Request-Timestamp or X-Slack-Signature");
        }
        // Slack sends whole seconds as plain digits: a sign, a fraction or a number beyond a long is not Slack's
        if (!timestamp.strip().matches("\\d{1,18}")) {
            return Optional.of("malformed timestamp");
        }
        long ts = Long.parseLong(timestamp.strip());
        if (Math.abs(now.getEpochSecond() - ts) > WINDOW.toSeconds()) {
            return Optional.of("timestamp outside the five-minute window");
        }
        byte[] expected = sign(timestamp.strip(), body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.strip().getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.of("bad signature");
        }
        return Optional.empty();
    }
}
