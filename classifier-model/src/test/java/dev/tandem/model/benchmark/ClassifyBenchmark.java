package dev.tandem.model.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.util.Statistics;

import dev.tandem.contracts.Classification;
import dev.tandem.model.LinearModel;
import dev.tandem.model.MessageModel;
import dev.tandem.model.ModelArtifact;

/**
 * How fast the shipped model classifies, on one thread (the issue asks: on one core), over the
 * realistic {@link MessageMix} sent round-robin; how long it takes to load; how much heap it holds.
 *
 * <p>Run it (it is never run by surefire):
 * <pre>./mvnw -B -o -pl classifier-model test-compile exec:exec@benchmark</pre>
 * It prints JMH's own output, then a summary against the targets (≥ 2,000 messages/s, p99 ≤ 2 ms).
 *
 * <ul>
 * <li>{@code throughput}: messages per second (Mode.Throughput);</li>
 * <li>{@code latency}: time per message, sampled (Mode.SampleTime: p50, p90, p99, p99.9, max);</li>
 * <li>{@code latencyWithoutLong}: the same over the mix without its 5 synthetic long messages, to
 * tell what the long ones do to the tail;</li>
 * <li>{@code latencyLongest}: the same for the 4,000-character message alone, the worst case;</li>
 * <li>{@code load}: {@link ModelArtifact#load()} (Mode.SingleShotTime, after warm-up); the first,
 * cold load of a fresh JVM and the heap the loaded model keeps are measured by {@link #main}.</li>
 * </ul>
 */
@State(Scope.Thread)
@Fork(1) // the fork inherits this JVM's options (-Xmx1g from the pom)
@Threads(1)
// 3 warm-up iterations of 2 s were not enough on this 2-core machine: the third still ran ~15 % slow (JIT).
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ClassifyBenchmark {

    static final double TARGET_MESSAGES_PER_SECOND = 2_000;
    static final double TARGET_P99_MILLIS = 2.0;
    private static final String DATA = "tandem.benchmark.data";

    private MessageModel model;
    private String[] messages;
    private String[] withoutLong;
    private String longest;
    private int next;
    private int nextWithoutLong;

    @Setup
    public void setUp() {
        model = ModelArtifact.load();
        MessageMix mix = new MessageMix(data());
        messages = mix.messages.toArray(String[]::new);
        withoutLong = mix.withoutLong.toArray(String[]::new);
        longest = mix.longest;
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Classification throughput() {
        return classifyNext();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Classification latency() {
        return classifyNext();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Classification latencyWithoutLong() {
        Classification classification = model.classify(withoutLong[nextWithoutLong]);
        if (++nextWithoutLong == withoutLong.length) {
            nextWithoutLong = 0;
        }
        return classification;
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Classification latencyLongest() {
        return model.classify(longest);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public MessageModel load() {
        return ModelArtifact.load();
    }

    private Classification classifyNext() {
        Classification classification = model.classify(messages[next]);
        if (++next == messages.length) {
            next = 0;
        }
        return classification;
    }

    /** @param args the module's data directory (default: {@code data}, or {@code classifier-model/data}) */
    public static void main(String[] args) throws Exception {
        Path data = args.length > 0 ? Path.of(args[0]) : Files.isDirectory(Path.of("data")) ? Path.of("data")
                : Path.of("classifier-model/data");
        System.setProperty(DATA, data.toAbsolutePath().toString());

        System.out.printf("Machine: %d cores, load average %.2f when starting, %s %s%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        Footprint footprint = Footprint.measure();
        footprint.print();
        MessageMix mix = new MessageMix(data);
        System.out.printf("Message mix: %d messages, %d characters on average, sent round-robin: %s%n%n",
                mix.messages.size(), mix.averageLength(), mix.composition);

        Options options = new OptionsBuilder()
                .include(ClassifyBenchmark.class.getName() + "\\.")
                .jvmArgsAppend("-D" + DATA + "=" + data.toAbsolutePath())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        summary(results, footprint);
    }

    private static Path data() {
        String data = System.getProperty(DATA);
        return data != null ? Path.of(data) : Files.isDirectory(Path.of("data")) ? Path.of("data")
                : Path.of("classifier-model/data");
    }

    private static void summary(Collection<RunResult> results, Footprint footprint) {
        Statistics throughput = statistics(results, "throughput");
        Statistics latency = statistics(results, "latency");
        Statistics withoutLong = statistics(results, "latencyWithoutLong");
        Statistics longest = statistics(results, "latencyLongest");
        Statistics load = statistics(results, "load");
        double p99Millis = latency.getPercentile(99) / 1_000;

        System.out.println();
        System.out.println("=== classifier-model speed, one thread ===");
        double[] interval = throughput.getConfidenceIntervalAt(0.999);
        System.out.printf("throughput          %,10.0f messages/s (99.9%% CI %,.0f to %,.0f)   target >= %,.0f  %s%n",
                throughput.getMean(), interval[0], interval[1], TARGET_MESSAGES_PER_SECOND,
                interval[0] >= TARGET_MESSAGES_PER_SECOND ? "MET"
                        : throughput.getMean() >= TARGET_MESSAGES_PER_SECOND ? "MET on the mean, not at the CI's low end"
                        : "NOT MET");
        System.out.printf("latency p50         %10.1f us%n", latency.getPercentile(50));
        System.out.printf("latency p90         %10.1f us%n", latency.getPercentile(90));
        System.out.printf("latency p99         %10.1f us   target <= %.0f ms  %s%n", latency.getPercentile(99),
                TARGET_P99_MILLIS, p99Millis <= TARGET_P99_MILLIS ? "MET" : "NOT MET");
        System.out.printf("latency p99.9       %10.1f us%n", latency.getPercentile(99.9));
        System.out.printf("latency max         %10.1f us   (%,d samples)%n", latency.getMax(), latency.getN());
        System.out.printf("without long p50/p99 %9.1f / %.1f us   (the mix less its 5 messages of >= 1,000 chars)%n",
                withoutLong.getPercentile(50), withoutLong.getPercentile(99));
        System.out.printf("4,000 chars p50/p99 %10.1f / %.1f us%n", longest.getPercentile(50),
                longest.getPercentile(99));
        System.out.printf("model load, cold    %10.0f ms   (first load in a fresh JVM)%n", footprint.coldLoadMillis);
        System.out.printf("model load, warm    %10.0f ms   (mean of %d, after warm-up)%n", load.getMean(), load.getN());
        System.out.printf("model heap          %10.0f MB   (used heap after GC, loaded minus before)%n",
                footprint.heapBytes / 1e6);
        System.out.printf("artifact            %10.1f MB   (%s, gzip)%n", footprint.artifactBytes / 1e6,
                ModelArtifact.RESOURCE);
    }

    private static Statistics statistics(Collection<RunResult> results, String method) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No result for " + method))
                .getPrimaryResult()
                .getStatistics();
    }

    /** The first load of the model in this JVM, and the heap it keeps once loaded. */
    record Footprint(double coldLoadMillis, long heapBytes, long artifactBytes, MessageModel model) {

        static Footprint measure() throws Exception {
            long before = usedHeapAfterGc();
            long start = System.nanoTime();
            MessageModel model = ModelArtifact.load();
            double millis = (System.nanoTime() - start) / 1e6;
            long after = usedHeapAfterGc();
            URL artifact = ClassifyBenchmark.class.getClassLoader().getResource(ModelArtifact.RESOURCE);
            long size;
            try (var in = artifact.openStream()) {
                size = in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return new Footprint(millis, after - before, size, model);
        }

        void print() {
            Map<String, LinearModel> flags = model.flagModels();
            long features = model.intents().features() + model.languages().features()
                    + model.sentiments().features()
                    + flags.values().stream().mapToLong(LinearModel::features).sum();
            System.out.printf("Model %s: intents %,d features x %d labels, languages %,d, sentiments %,d, "
                            + "%d flag models; %,d feature rows in all%n",
                    model.version(), model.intents().features(), model.intents().labels().size(),
                    model.languages().features(), model.sentiments().features(), flags.size(), features);
            System.out.printf("Cold load %.0f ms, %.0f MB of heap kept, artifact %.1f MB%n", coldLoadMillis,
                    heapBytes / 1e6, artifactBytes / 1e6);
        }

        private static long usedHeapAfterGc() throws InterruptedException {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long used = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                System.gc();
                Thread.sleep(100);
                used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
            }
            return used;
        }
    }
}
