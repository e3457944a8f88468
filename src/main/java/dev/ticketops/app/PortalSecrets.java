package dev.ticketops.app;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** The portal's secrets: 256 random bits, URL-safe; stored only as their SHA-256. */
final class PortalSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private PortalSecrets() {
    }

    /** 43 URL-safe characters. */
    static String newSecret() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** What is stored for a secret: its SHA-256 in hex (64 characters). */
    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code s} can be a secret this class made (checked before any lookup). */
    static boolean wellFormed(String s) {
        return s != null && s.length() == 43 && s.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_');
    }
}
