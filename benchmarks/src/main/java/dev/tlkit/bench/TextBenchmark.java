package dev.tlkit.bench;

import dev.tlkit.bench.l223.Tl;
import dev.tlkit.bench.workload.WorkloadFile;
import dev.tlkit.runtime.TlReader;
import dev.tlkit.runtime.TlWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The text of a workload alone: every {@code string} that decoding it reads, turned into Java
 * strings and back, by tlkit and by the JDK. It says how much of decoding and encoding is text,
 * and whether tlkit's UTF-8 is as fast as the JDK's own. One operation is all the strings of
 * one pass over the workload (history: 3,460 strings, 227,403 chars, 1,134 of them not all
 * Latin-1).
 *
 * <ul>
 *   <li>{@code readString}: {@code TlReader.readString()} of each, as decoding does;
 *   <li>{@code jdkDecode}: {@code new String(bytes, UTF_8)} of each one's bytes;
 *   <li>{@code writeString}: {@code TlWriter.writeString} of each into one array, as encoding does;
 *   <li>{@code jdkEncode}: {@code String.getBytes(UTF_8)} of each.
 * </ul>
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar TextBenchmark -prof gc \
 *     -p workload=benchmarks/target/workloads/history.bin
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class TextBenchmark {
  /**
   * The workload file, as {@link WorkloadBenchmark}'s: by default {@code workloads/history.bin}
   * beside the jar, written there first if it is missing.
   */
  @Param("")
  public String workload;

  private String[] strings;
  private byte[][] utf8;
  /** Every string in TL's form, one after another. */
  private byte[] wire;
  private byte[] out;

  /**
   * Collects the strings of every decoded message, in the order decoding reads them.
   *
   * @throws Exception if the workload cannot be read
   */
  @Setup
  public void setUp() throws Exception {
    List<String> found = new ArrayList<>();
    for (byte[] message : WorkloadFile.read(WorkloadBenchmark.workloadFile(workload))) {
      DecodedValues.forEachLeaf(Tl.decode(message), v -> {
        if (v instanceof String s) {
          found.add(s);
        }
      });
    }
    strings = found.toArray(String[]::new);
    utf8 = new byte[strings.length][];
    TlWriter w = new TlWriter();
    for (int i = 0; i < strings.length; i++) {
      utf8[i] = strings[i].getBytes(StandardCharsets.UTF_8);
      w.writeString(strings[i]);
    }
    wire = w.toByteArray();
    out = new byte[wire.length];
  }

  /**
   * tlkit's decoding of every string.
   *
   * @param bh sink
   */
  @Benchmark
  public void readString(Blackhole bh) {
    TlReader r = new TlReader(wire);
    for (int i = 0; i < strings.length; i++) {
      bh.consume(r.readString());
    }
  }

  /**
   * The JDK's decoding of every string's UTF-8.
   *
   * @param bh sink
   */
  @Benchmark
  public void jdkDecode(Blackhole bh) {
    for (byte[] b : utf8) {
      bh.consume(new String(b, StandardCharsets.UTF_8));
    }
  }

  /**
   * tlkit's encoding of every string, into one array.
   *
   * @return the bytes written
   */
  @Benchmark
  public int writeString() {
    TlWriter w = new TlWriter(out);
    for (String s : strings) {
      w.writeString(s);
    }
    return w.position();
  }

  /**
   * The JDK's encoding of every string.
   *
   * @param bh sink
   */
  @Benchmark
  public void jdkEncode(Blackhole bh) {
    for (String s : strings) {
      bh.consume(s.getBytes(StandardCharsets.UTF_8));
    }
  }
}
