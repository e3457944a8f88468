package dev.ticketops.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

/** LOG_FORMAT as an operator writes it, read by the real logback.xml in a fresh JVM. */
class LogFormatTest {

    /** The process under test: logs one line with logback configured from the environment. */
    public static final class OneLine {
        public static void main(String[] args) {
            LoggerFactory.getLogger("ticketops.check").info("log format check");
        }
    }

    @ParameterizedTest
    @CsvSource({"JSON,json", "Json,json", "json,json", "TEXT,text", "text,text", "'',text"})
    void logFormat_isReadWhateverItsCase_andAlwaysLogs(String value, String expected) throws Exception {
        String out = runWith(value);
        assertThat(out).as("LOG_FORMAT=" + value + " must not silence the log").contains("log format check");
        if (expected.equals("json")) {
            assertThat(out.strip()).startsWith("{").contains("\"formattedMessage\":\"log format check\"");
        } else {
            assertThat(out).containsPattern("INFO +\\[main\\] ticketops.check - log format check");
        }
    }

    private static String runWith(String logFormat) throws IOException, InterruptedException {
        var pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OneLine.class.getName());
        pb.environment().put("LOG_FORMAT", logFormat);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }
}
