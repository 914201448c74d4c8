package dev.tlkit.bench;

import dev.tlkit.runtime.TlObject;
import dev.tlkit.telegram.Tl;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * tlkit's side of {@code benchmarks/compare.sh}: encodes and decodes the whole golden corpus over
 * and over, and prints throughput in MB/s (10^6 bytes) and objects/s.
 *
 * <p>The method is the same as the GramJS side's ({@code benchmarks/gramjs/bench.js}), so that the
 * two can be put side by side: objects and byte arrays are built once, before any timing; a warm-up
 * alternates encode and decode passes; then each operation is timed in rounds of about one second,
 * each a whole number of passes over the corpus, and the median round is reported (the median
 * shrugs off a round slowed by another process on a shared machine). One pass encodes every object
 * with {@code toBytes()}, or decodes every vector's bytes with {@code Tl.decode}.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.tlkit.bench.CorpusThroughput \
 *     [--vectors FILE] [--layer198] [--only LINES_FILE] [--warmup SECONDS] [--rounds N]
 * </pre>
 *
 * <p>{@code --layer198} decodes with the layer-198 API that the benchmarks module also generates
 * ({@code dev.tlkit.bench.l198}), for the golden vectors of layer 198 that GramJS reads.
 *
 * <p>{@code --only} names a file of 0-based line numbers of {@code vectors.jsonl}, one per line:
 * compare.sh passes the vectors GramJS handles, so that both sides run the same corpus. The last
 * line printed is one {@code RESULT} line of {@code key=value} pairs for scripts.
 */
public final class CorpusThroughput {
  private static volatile long sink;

  private CorpusThroughput() {}

  /**
   * Runs the benchmark.
   *
   * @param args see the class comment
   * @throws Exception if a file cannot be read
   */
  public static void main(String[] args) throws Exception {
    Path vectors = null;
    Function<byte[], TlObject> decoder = Tl::decode;
    BitSet only = null;
    double warmupSeconds = 15;
    int rounds = 10;
    boolean verbose = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--vectors" -> vectors = Path.of(args[++i]);
        case "--layer198" -> decoder = dev.tlkit.bench.l198.Tl::decode;
        case "--only" -> only = readLines(Path.of(args[++i]));
        case "--warmup" -> warmupSeconds = Double.parseDouble(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--verbose" -> verbose = true;
        default -> {
          System.err.println("usage: CorpusThroughput [--vectors FILE] [--layer198] [--only LINES_FILE]"
              + " [--warmup SECONDS] [--rounds N] [--verbose]");
          System.exit(2);
        }
      }
    }
    GoldenCorpus corpus = GoldenCorpus.load(vectors, only, decoder);
    System.out.printf(Locale.ROOT, "tlkit: %d objects, %d bytes per pass; %s %s%n",
        corpus.size(), corpus.totalBytes(), System.getProperty("java.vm.name"),
        System.getProperty("java.version"));

    long warmupStart = System.nanoTime();
    long warmupEnd = warmupStart + (long) (warmupSeconds * 1e9);
    long lastReport = warmupStart;
    int passes = 0;
    while (System.nanoTime() < warmupEnd) {
      sink += corpus.encodeAll();
      sink += corpus.decodeAll();
      passes++;
      long now = System.nanoTime();
      if (verbose && now - lastReport >= 1_000_000_000L) {
        System.out.printf(Locale.ROOT, "tlkit warm-up: %5.1f s, %6d passes of encode + decode,"
                + " %.1f MB/s of both together%n", (now - warmupStart) / 1e9, passes,
            passes * 2.0 * corpus.totalBytes() / 1e6 / ((now - lastReport) / 1e9));
        lastReport = now;
        passes = 0;
      }
    }

    List<Rounds.Result> both = Rounds.interleaved(List.of("encode", "decode"), corpus.size(),
        corpus.totalBytes(), List.of(corpus::encodeAll, corpus::decodeAll), rounds);
    Rounds.Result encode = both.get(0);
    Rounds.Result decode = both.get(1);
    long outputArrays = 0;
    for (byte[] b : corpus.wire()) {
      outputArrays += arrayFootprint(b.length);
    }
    System.out.printf(Locale.ROOT, "tlkit: the output arrays of one encode pass take %d bytes%n",
        outputArrays);
    System.out.printf(Locale.ROOT,
        "RESULT side=tlkit objects=%d bytes=%d encode_mbps=%.3f encode_objps=%.1f"
            + " decode_mbps=%.3f decode_objps=%.1f encode_alloc_per_pass=%d"
            + " decode_alloc_per_pass=%d output_arrays_per_pass=%d%n",
        corpus.size(), corpus.totalBytes(), encode.mbps(), encode.objps(), decode.mbps(), decode.objps(),
        encode.allocPerPass(), decode.allocPerPass(), outputArrays);
  }

  /** Bytes a byte[] of this length takes on a 64-bit HotSpot heap: 16-byte header, 8-byte aligned. */
  static long arrayFootprint(int length) {
    return (16L + length + 7) & ~7L;
  }

  /** Bytes allocated so far by this thread, or 0 where the JVM cannot tell. */
  static long allocatedBytes() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t) {
      return t.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
    return 0;
  }

  /** The numbers in a file, one per line: 0-based line or message indexes. */
  static BitSet readLines(Path file) throws java.io.IOException {
    BitSet lines = new BitSet();
    for (String s : Files.readAllLines(file)) {
      if (!s.isBlank()) {
        lines.set(Integer.parseInt(s.strip()));
      }
    }
    return lines;
  }
}
