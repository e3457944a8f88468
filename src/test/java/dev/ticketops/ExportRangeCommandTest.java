package dev.ticketops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command-line export reads its range through the same rule as the HTTP export. */
class ExportRangeCommandTest {
    @Test
    void theCommandLineExport_refusesTheSameRanges_beforeTouchingAnyDatabase() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Commands.run(new String[] {"export", "time", "--from", "2026-12-01", "--to", "2026-11-01"},
                Map.of("DATA_DIR", "/nonexistent/ticketops-range-test"), System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("from (2026-12-01) is after to (2026-11-01)");
    }
}
