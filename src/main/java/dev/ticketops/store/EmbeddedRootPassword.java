package dev.ticketops.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The embedded server's root password: generated once, kept in {@code DATA_DIR/root-password} readable by its owner
 * only (0600), and handed to the server at every start through an init file of the same mode, so the server's
 * accounts always match the file — also for a data directory of the first release, which had no password at all.
 */
final class EmbeddedRootPassword {
    static final String FILE_NAME = "root-password";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    // Only what this class writes: the password then needs no quoting inside the SQL below.
    private static final Pattern WRITTEN_BY_US = Pattern.compile("[A-Za-z0-9]{16,128}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private EmbeddedRootPassword() {
    }

    /** The password in {@code dataDir/root-password}, written there first (0600) when there is none. */
    static String loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
                String password = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!WRITTEN_BY_US.matcher(password).matches()) {
                    throw new IllegalStateException(file + " does not hold a password TicketOps wrote; delete it and"
                            + " TicketOps writes a new one at the next start");
                }
                return password;
            }
            String password = generate();
            writeOwnerOnly(file, password + "\n");
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the embedded database password in " + file, e);
        }
    }

    /**
     * Writes the statements that give root (over the socket and over TCP from 127.0.0.1) this password and remove
     * anonymous accounts, for {@code mariadbd --init-file}; the caller deletes the file once the server is up.
     */
    static void writeInitFile(Path file, String password) {
        String pw = "'" + password + "'";
        String sql = String.join("\n",
                "CREATE USER IF NOT EXISTS 'root'@'localhost' IDENTIFIED BY " + pw + ";",
                "ALTER USER 'root'@'localhost' IDENTIFIED BY " + pw + ";",
                "GRANT ALL PRIVILEGES ON *.* TO 'root'@'localhost' WITH GRANT OPTION;",
                "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY " + pw + ";",
                "ALTER USER 'root'@'127.0.0.1' IDENTIFIED BY " + pw + ";",
                "GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION;",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "DELETE FROM mysql.db WHERE User = '';",
                "FLUSH PRIVILEGES;",
                "");
        try {
            writeOwnerOnly(file, sql);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static String generate() {
        StringBuilder sb = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Created 0600 before the first byte is written, then moved into place in one step. */
    private static void writeOwnerOnly(Path file, String text) throws IOException {
        FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new", ownerOnly);
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
