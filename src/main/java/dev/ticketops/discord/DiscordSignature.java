package dev.ticketops.discord;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;

/** Checks Discord's Ed25519 signature over {@code timestamp + body} with the application's public key (JDK only). */
public final class DiscordSignature {
    /** DER prefix that turns a raw 32-byte Ed25519 key into an X.509 SubjectPublicKeyInfo. */
    private static final String X509_PREFIX = "302a300506032b6570032100";

    private final PublicKey key;

    public DiscordSignature(String publicKeyHex) {
        try {
            byte[] raw = HexFormat.of().parseHex(publicKeyHex.strip());
            if (raw.length != 32) {
                throw new IllegalArgumentException("a Discord public key is 32 bytes (64 hex characters)");
            }
            this.key = KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(HexFormat.of().parseHex(X509_PREFIX + publicKeyHex.strip())));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    public boolean verify(String timestamp, String signatureHex, byte[] body) {
        if (timestamp == null || signatureHex == null || timestamp.isBlank() || signatureHex.length() != 128) {
            return false;
        }
        try {
            byte[] sig = HexFormat.of().parseHex(signatureHex);
            Signature v = Signature.getInstance("Ed25519");
            v.initVerify(key);
            v.update(timestamp.getBytes(StandardCharsets.UTF_8));
            v.update(body);
            return v.verify(sig);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }
}
