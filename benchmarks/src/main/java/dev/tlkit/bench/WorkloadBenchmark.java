package dev.tlkit.bench;

import dev.tlkit.bench.l223.Tl;
import dev.tlkit.bench.workload.WorkloadFile;
import dev.tlkit.bench.workload.Workloads;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.runtime.TlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One pass over a workload of {@code compare.sh} (a file of {@code
 * dev.tlkit.bench.workload.Workloads}) per operation, as {@link Throughput} times it: {@code
 * decode} is {@code Tl.decode(bytes)} of every message, {@code decodeShared} the same in the
 * sharing mode, {@code encode} is {@code toBytes()} of every object. compare.sh runs it with
 * {@code -prof gc} for the allocation columns of its table ({@code gc.alloc.rate.norm}, bytes per
 * pass), which it divides by the bytes decoded and by the messages encoded.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar WorkloadBenchmark -prof gc \
 *     -p workload=benchmarks/target/workloads/history.bin [-p only=INDEXES_FILE]
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-XX:CompileThresholdScaling=0.1")
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 3, time = 1)
public class WorkloadBenchmark {
  /**
   * The workload file; by default {@code workloads/history.bin} beside the jar, written there
   * first if it is missing.
   */
  @Param("")
  public String workload;

  /**
   * A file of the 0-based indexes of the messages to keep, one per line, or a directory holding
   * one such file per workload, {@code NAME-handled.txt} (as compare.sh writes them), or empty
   * for all messages.
   */
  @Param("")
  public String only;

  private byte[][] wire;
  private TlObject[] objects;

  /**
   * Reads the workload and decodes it once.
   *
   * @throws Exception if a file cannot be read or written
   */
  @Setup
  public void setUp() throws Exception {
    Path file = workloadFile(workload);
    List<byte[]> all = WorkloadFile.read(file);
    Path onlyFile = Path.of(only);
    if (!only.isEmpty() && Files.isDirectory(onlyFile)) {
      String name = file.getFileName().toString().replaceFirst("\\.bin$", "");
      onlyFile = onlyFile.resolve(name + "-handled.txt");
    }
    BitSet keep = only.isEmpty() ? null : CorpusThroughput.readLines(onlyFile);
    List<byte[]> kept = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (keep == null || keep.get(i)) {
        kept.add(all.get(i));
      }
    }
    wire = kept.toArray(byte[][]::new);
    objects = new TlObject[wire.length];
    for (int i = 0; i < wire.length; i++) {
      objects[i] = Tl.decode(wire[i]);
    }
  }

  /**
   * The workload file a {@code workload} parameter names: the path itself, or, when empty, {@code
   * workloads/history.bin} beside the jar, written there first if it is missing.
   */
  static Path workloadFile(String workload) throws Exception {
    if (!workload.isEmpty()) {
      return Path.of(workload);
    }
    Path dir = Path.of(WorkloadBenchmark.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI()).getParent().resolve("workloads");
    Path file = dir.resolve("history.bin");
    if (!Files.exists(file)) {
      Workloads.main(new String[] {dir.toString()});
    }
    return file;
  }

  /**
   * Decodes every message.
   *
   * @return a sum, so that nothing is optimized away
   */
  @Benchmark
  public long decode() {
    long sum = 0;
    for (byte[] b : wire) {
      sum += Tl.decode(b).constructorId();
    }
    return sum;
  }

  /**
   * Decodes every message in the sharing mode.
   *
   * @return a sum, so that nothing is optimized away
   */
  @Benchmark
  public long decodeShared() {
    long sum = 0;
    for (byte[] b : wire) {
      TlReader r = new TlReader(b).shareInput(true);
      sum += Tl.decodeObject(r).constructorId();
      r.expectEnd();
    }
    return sum;
  }

  /**
   * Encodes every object.
   *
   * @return a sum, so that nothing is optimized away
   */
  @Benchmark
  public long encode() {
    long sum = 0;
    for (TlObject o : objects) {
      sum += o.toBytes().length;
    }
    return sum;
  }
}
