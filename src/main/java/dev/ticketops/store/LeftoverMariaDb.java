package dev.ticketops.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before the embedded MariaDB starts, makes sure nothing else serves its data directory. A {@code mariadbd} of ours
 * (our binary, our data directory) whose TicketOps is gone — killed with {@code kill -9}, say — is stopped: SIGTERM,
 * up to 10 s to finish, then SIGKILL. One still run by a living TicketOps, a MariaDB we did not start, or a lock
 * held by anything else ends the start with one line saying what to do. Linux only, as the embedded binaries are.
 */
final class LeftoverMariaDb {
    private static final Logger LOG = LoggerFactory.getLogger(LeftoverMariaDb.class);
    private static final long TERM_WAIT_SECONDS = 10;

    private LeftoverMariaDb() {
    }

    /** @param binary the mariadbd TicketOps runs; @param dataDir its {@code --datadir} */
    static void clear(Path root, Path binary, Path dataDir) {
        for (ProcessHandle server : ProcessHandle.allProcesses().toList()) {
            List<String> cmd = commandLine(server.pid());
            if (cmd.isEmpty() || !servesDataDir(cmd, dataDir)) {
                continue;
            }
            String exe = cmd.get(0);
            if (!Path.of(exe).toAbsolutePath().normalize().equals(binary)) {
                throw new IllegalStateException("DATA_DIR " + root + " is in use by a MariaDB server TicketOps did not"
                        + " start (process " + server.pid() + ", " + exe + "): stop it, or choose another DATA_DIR");
            }
            Optional<ProcessHandle> owner = server.parent().filter(LeftoverMariaDb::isJava);
            if (owner.isPresent()) {
                throw new IllegalStateException("DATA_DIR " + root + " is in use by a running TicketOps (process "
                        + owner.get().pid() + "): stop it first, or give this one another DATA_DIR");
            }
            stop(server, root);
        }
        ensureUnlocked(dataDir.resolve("aria_log_control"));
    }

    private static void stop(ProcessHandle server, Path root) {
        long pid = server.pid();
        try {
            server.destroy();
            if (!exited(server, TERM_WAIT_SECONDS)) {
                server.destroyForcibly();
                if (!exited(server, 5)) {
                    throw new IllegalStateException("an earlier embedded MariaDB (process " + pid + ") still holds DATA_DIR "
                            + root + " and does not stop: end it with `kill -9 " + pid + "`, then start again");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the earlier embedded MariaDB (process " + pid + ")");
        }
        LOG.warn("Stopped the embedded MariaDB (process {}) that an earlier TicketOps left running on DATA_DIR {}", pid, root);
    }

    private static boolean exited(ProcessHandle p, long seconds) throws InterruptedException {
        try {
            p.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return !p.isAlive();
        } catch (ExecutionException e) {
            return !p.isAlive();
        }
    }

    /** Anything else still holding the server's lock (a process under another user, a copy started by hand ...). */
    private static void ensureUnlocked(Path lockFile) {
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                throw lockedBy(lockFile);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw lockedBy(lockFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + lockFile, e);
        }
    }

    private static IllegalStateException lockedBy(Path lockFile) {
        return new IllegalStateException("another process holds the embedded database files in " + lockFile.getParent()
                + ": find it with `fuser " + lockFile + "`, stop it, and start again");
    }

    private static boolean servesDataDir(List<String> cmd, Path dataDir) {
        return cmd.stream()
                .filter(a -> a.startsWith("--datadir="))
                .map(a -> Path.of(a.substring("--datadir=".length())).toAbsolutePath().normalize())
                .anyMatch(dataDir::equals);
    }

    private static boolean isJava(ProcessHandle p) {
        List<String> cmd = commandLine(p.pid());
        return !cmd.isEmpty() && Path.of(cmd.get(0)).getFileName().toString().equals("java");
    }

    /** The arguments in /proc/PID/cmdline; empty when the process is gone or not ours to read. */
    private static List<String> commandLine(long pid) {
        try {
            String raw = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8);
            return raw.isEmpty() ? List.of() : List.of(raw.split("\0"));
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }
}
