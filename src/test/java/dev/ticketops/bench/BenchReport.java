package dev.ticketops.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Writes each benchmark's results into its own section of BENCHMARKS.md, leaving the other sections as they are. */
final class BenchReport {
    static final Path FILE = Path.of("BENCHMARKS.md");

    private BenchReport() {
    }

    static synchronized void section(String id, String markdown) throws IOException {
        String start = "<!-- " + id + ":start -->";
        String end = "<!-- " + id + ":end -->";
        String body = start + "\n" + markdown.strip() + "\n" + end;
        String text = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : header();
        int a = text.indexOf(start);
        int b = text.indexOf(end);
        if (a >= 0 && b > a) {
            text = text.substring(0, a) + body + text.substring(b + end.length());
        } else {
            text = text.stripTrailing() + "\n\n" + body + "\n";
        }
        text = text.replaceAll("(?m)^_Machine: .*_$", machine());
        Files.writeString(FILE, text, StandardCharsets.UTF_8);
    }

    static String header() {
        return "# TicketOps benchmarks\n\nWritten by `mvn -B -Pbench verify` (see README, \"Benchmarks\"). Each section is"
                + " replaced when its benchmark runs again.\n\n" + machine() + "\n";
    }

    static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        String cpu = "unknown CPU";
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            cpu = lines.stream().filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .orElse(cpu);
        } catch (IOException ignored) {
            // not Linux
        }
        long memGb = 0;
        try {
            memGb = Arrays.stream(Files.readString(Path.of("/proc/meminfo")).split("\n")).filter(l -> l.startsWith("MemTotal"))
                    .findFirst().map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024).orElse(0L);
        } catch (IOException ignored) {
            // not Linux
        }
        return "_Machine: " + os.getAvailableProcessors() + " cores (" + cpu + "), " + memGb + " GiB RAM, " + os.getName() + " "
                + os.getVersion() + ", Java " + System.getProperty("java.version") + "; last run " + Instant.now() + "_";
    }

    static String ms(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1e6);
    }
}
