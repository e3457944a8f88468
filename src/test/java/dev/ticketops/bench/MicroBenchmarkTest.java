package dev.ticketops.bench;

import java.util.Collection;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the JMH micro-benchmarks (in this JVM: surefire's classpath cannot be forked by JMH) and records them. */
@Tag("benchmark")
class MicroBenchmarkTest {

    @Test
    void microBenchmarks() throws Exception {
        Options options = new OptionsBuilder()
                .include(MicroBenchmarks.class.getName())
                .forks(0)
                .warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        StringBuilder sb = new StringBuilder("## Micro-benchmarks (JMH)\n\n`MicroBenchmarkTest` (JMH 1.37, average time, 3×1 s"
                + " warm-up, 5×1 s measured, in-process).\n\n| benchmark | ns/op | ± error |\n|---|---|---|\n");
        for (RunResult r : results) {
            var p = r.getPrimaryResult();
            String name = r.getParams().getBenchmark();
            sb.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f |%n", name.substring(name.lastIndexOf('.') + 1), p.getScore(),
                    p.getScoreError()));
        }
        System.out.println(sb);
        BenchReport.section("micro", sb.toString());
    }
}
