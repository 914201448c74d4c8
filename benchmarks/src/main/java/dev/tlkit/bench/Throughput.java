package dev.tlkit.bench;

import dev.tlkit.bench.workload.WorkloadFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * tlkit's side of {@code benchmarks/compare.sh} for one workload at layer 223 (a file of {@code
 * dev.tlkit.bench.workload.Workloads}): decodes every message, encodes every object, over and over,
 * and prints throughput in MB/s (10^6 bytes) and objects/s, and the bytes allocated per pass.
 *
 * <p>Measured as mtcute's side ({@code benchmarks/mtcute/bench.js}) measures: the messages and
 * their objects are made once, before any timing; a warm-up alternates decode and encode passes;
 * then each direction is timed in rounds of about one second, each a whole number of passes, the
 * rounds of the two directions in turn, and the median round is reported. A decode pass is {@code
 * Tl.decode(bytes)} of each message, an encode pass {@code toBytes()} of each object. With {@code --share}, decoding uses the reader's
 * sharing mode ({@code new TlReader(bytes).shareInput(true)}). With {@code --into-buffer}, encoding
 * writes each object into one array kept for the whole run ({@code serialize(new TlWriter(array))},
 * as a client writing into its own send buffer does) instead of a new array of its exact size:
 * the difference between the two is what {@code toBytes()}'s copy of the bytes out costs.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.tlkit.bench.Throughput WORKLOAD.bin \
 *     [--only INDEXES_FILE] [--warmup SECONDS] [--rounds N] [--only-direction decode|encode] [--share]
 *     [--into-buffer]
 * </pre>
 *
 * <p>{@code --only} names a file of 0-based message indexes, one per line: compare.sh passes those
 * mtcute handles. The last line printed is one {@code RESULT} line of {@code key=value} pairs.
 */
public final class Throughput {
  private static volatile long sink;

  private Throughput() {}

  /**
   * Runs the benchmark.
   *
   * @param args see the class comment
   * @throws Exception if a file cannot be read
   */
  public static void main(String[] args) throws Exception {
    Path workload = null;
    BitSet only = null;
    double warmupSeconds = 15;
    int rounds = 10;
    String direction = "both";
    boolean share = false;
    boolean intoBuffer = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--only" -> only = CorpusThroughput.readLines(Path.of(args[++i]));
        case "--warmup" -> warmupSeconds = Double.parseDouble(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--only-direction" -> direction = args[++i];
        case "--share" -> share = true;
        case "--into-buffer" -> intoBuffer = true;
        default -> {
          if (workload != null || args[i].startsWith("-")) {
            System.err.println("usage: Throughput WORKLOAD.bin [--only INDEXES_FILE]"
                + " [--warmup SECONDS] [--rounds N] [--only-direction decode|encode] [--share]"
                + " [--into-buffer]");
            System.exit(2);
          }
          workload = Path.of(args[i]);
        }
      }
    }
    List<byte[]> all = WorkloadFile.read(workload);
    List<byte[]> kept = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (only == null || only.get(i)) {
        kept.add(all.get(i));
      }
    }
    Passes passes = new Passes();
    LongSupplier decode = passes.apply(kept, share ? "decode-shared" : "decode");
    LongSupplier encode = passes.apply(kept, intoBuffer ? "into-buffer" : "encode");
    long totalBytes = 0;
    for (byte[] b : kept) {
      totalBytes += b.length;
    }
    System.out.printf(Locale.ROOT, "tlkit: %d messages, %d bytes per pass; %s %s%n",
        kept.size(), totalBytes, System.getProperty("java.vm.name"),
        System.getProperty("java.version"));
    long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
    boolean decoding = !direction.equals("encode");
    boolean encoding = !direction.equals("decode");
    while (System.nanoTime() < warmupEnd) {
      sink += encoding ? encode.getAsLong() : 0;
      sink += decoding ? decode.getAsLong() : 0;
    }
    if (!encoding || !decoding) {
      // For a profiler: one direction only, for as many rounds as asked, and no RESULT line.
      Rounds.measure(direction, kept.size(), totalBytes, encoding ? encode : decode, rounds);
      return;
    }
    List<Rounds.Result> both = Rounds.interleaved(List.of("decode", "encode"), kept.size(),
        totalBytes, List.of(decode, encode), rounds);
    Rounds.Result d = both.get(0);
    Rounds.Result e = both.get(1);
    long outputArrays = 0;
    for (byte[] b : kept) {
      outputArrays += CorpusThroughput.arrayFootprint(b.length);
    }
    System.out.printf(Locale.ROOT,
        "RESULT side=tlkit objects=%d bytes=%d encode_mbps=%.3f encode_objps=%.1f"
            + " decode_mbps=%.3f decode_objps=%.1f encode_alloc_per_pass=%d"
            + " decode_alloc_per_pass=%d output_arrays_per_pass=%d%n",
        kept.size(), totalBytes, e.mbps(), e.objps(), d.mbps(), d.objps(), e.allocPerPass(),
        d.allocPerPass(), outputArrays);
  }
}
