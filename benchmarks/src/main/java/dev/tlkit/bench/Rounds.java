package dev.tlkit.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The timing of tlkit's side in {@code compare.sh} ({@link Throughput}, {@link CorpusThroughput}),
 * the same as the JavaScript sides' ({@code benchmarks/js/rounds.js}): rounds of about one second,
 * each a whole number of passes, and the median round, which shrugs off a round slowed by another
 * process.
 */
final class Rounds {
  private static volatile long sink;

  private Rounds() {}

  /** The median round's figures, and the bytes this thread allocated per pass over all rounds. */
  record Result(double mbps, double objps, long allocPerPass) {}

  /**
   * Times {@code pass} (one pass over {@code objects} messages of {@code bytes} bytes in all) in
   * {@code rounds} rounds and prints a line for people.
   */
  static Result measure(String what, int objects, long bytes, LongSupplier pass, int rounds) {
    double[] passesPerSecond = new double[rounds];
    long passes = 0;
    long allocBefore = CorpusThroughput.allocatedBytes();
    for (int r = 0; r < rounds; r++) {
      long start = System.nanoTime();
      long end = start + 1_000_000_000L;
      long now;
      int n = 0;
      do {
        sink += pass.getAsLong();
        n++;
        now = System.nanoTime();
      } while (now < end);
      passesPerSecond[r] = n / ((now - start) / 1e9);
      passes += n;
    }
    long allocPerPass = (CorpusThroughput.allocatedBytes() - allocBefore) / passes;
    double[] sorted = passesPerSecond.clone();
    Arrays.sort(sorted);
    double median = rounds % 2 == 1 ? sorted[rounds / 2]
        : (sorted[rounds / 2 - 1] + sorted[rounds / 2]) / 2;
    double mbps = median * bytes / 1e6;
    System.out.printf(Locale.ROOT,
        "tlkit %s: %.1f MB/s, %.0f objects/s (median of %d rounds; rounds from %.1f to %.1f MB/s);"
            + " %d bytes allocated per pass, %.3f per byte%n",
        what, mbps, median * objects, rounds, sorted[0] * bytes / 1e6,
        sorted[rounds - 1] * bytes / 1e6, allocPerPass, (double) allocPerPass / bytes);
    return new Result(mbps, median * objects, allocPerPass);
  }
}
