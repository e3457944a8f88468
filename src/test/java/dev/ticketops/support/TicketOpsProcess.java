package dev.ticketops.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code java dev.ticketops.Main} as its own process, without DB_URL (so on the embedded MariaDB), and its output. */
public final class TicketOpsProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("TicketOps listening on http://[^:]+:(\\d+)");
    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final CountDownLatch listening = new CountDownLatch(1);
    private final Thread reader;

    private TicketOpsProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::read, "ticketops-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static TicketOpsProcess start(Path dataDir, Map<String, String> env) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.ticketops.Main");
        pb.environment().remove("DB_URL");
        pb.environment().put("PORT", "0");
        pb.environment().put("DATA_DIR", dataDir.toString());
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        return new TicketOpsProcess(pb.start());
    }

    private void read() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                output.append(line).append('\n');
                if (LISTENING.matcher(line).find()) {
                    listening.countDown();
                }
            }
        } catch (IOException ignored) {
            // the process ended
        }
    }

    /** True once it says it listens; false when it exits or the time is up first. */
    public boolean awaitListening(Duration max) throws InterruptedException {
        long end = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < end) {
            if (listening.await(100, TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (!process.isAlive()) {
                reader.join(1000);
                return listening.getCount() == 0;
            }
        }
        return false;
    }

    public int httpPort() {
        Matcher m = LISTENING.matcher(output);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    public String output() {
        return output.toString();
    }

    public Process process() {
        return process;
    }

    /** The processes it started (the embedded mariadbd). */
    public List<ProcessHandle> children() {
        return process.descendants().toList();
    }

    /** SIGTERM, and SIGKILL for it and its children if it has not stopped within 15 s. */
    @Override
    public void close() throws InterruptedException {
        List<ProcessHandle> children = children();
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        children.forEach(ProcessHandle::destroyForcibly);
        reader.join(2000);
    }
}
