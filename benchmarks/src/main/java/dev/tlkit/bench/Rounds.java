package dev.tlkit.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The timing of tlkit's side in {@code compare.sh} ({@link Throughput}, {@link CorpusThroughput}),
 * the same as the JavaScript sides' ({@code benchmarks/js/rounds.js}): rounds of about one second,
 * each a whole number of passes, and the median round, which shrugs off a round slowed by another
 * process. Decoding and encoding take their rounds in turn ({@link #interleaved}), so that a
 * minute in which the machine is slow slows both directions alike, and the two can be compared
 * within one run.
 */
final class Rounds {
  private static volatile long sink;

  private Rounds() {}

  /**
   * The median round's figures, the bytes this thread allocated per pass over all rounds, and each
   * round's passes per second, in the order run: rounds of two passes taken in turn met the same
   * minutes, so their ratio round by round is steadier than the ratio of their medians.
   */
  record Result(double mbps, double objps, long allocPerPass, double[] passesPerSecond) {
    /**
     * The median over the rounds of this pass's speed over {@code other}'s in the same round.
     *
     * @param other a result of the same {@link #interleaved} run
     */
    double pairedRatio(Result other) {
      double[] ratios = new double[passesPerSecond.length];
      for (int r = 0; r < ratios.length; r++) {
        ratios[r] = passesPerSecond[r] / other.passesPerSecond[r];
      }
      return median(ratios);
    }
  }

  /**
   * Times {@code pass} (one pass over {@code objects} messages of {@code bytes} bytes in all) in
   * {@code rounds} rounds and prints a line for people.
   */
  static Result measure(String what, int objects, long bytes, LongSupplier pass, int rounds) {
    return interleaved(List.of(what), objects, bytes, List.of(pass), rounds).get(0);
  }

  /**
   * Times each of {@code passes} in {@code rounds} rounds, one round of each in turn, and prints a
   * line for people for each, in the order given.
   */
  static List<Result> interleaved(List<String> what, int objects, long bytes,
      List<LongSupplier> passes, int rounds) {
    return interleaved(what, objects, bytes, passes, rounds, 1_000_000_000L);
  }

  /** As {@link #interleaved(List, int, long, List, int)}, with rounds of {@code roundNanos}. */
  static List<Result> interleaved(List<String> what, int objects, long bytes,
      List<LongSupplier> passes, int rounds, long roundNanos) {
    int k = passes.size();
    double[][] passesPerSecond = new double[k][rounds];
    long[] passCount = new long[k];
    long[] allocated = new long[k];
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < k; i++) {
        LongSupplier pass = passes.get(i);
        long allocBefore = CorpusThroughput.allocatedBytes();
        long start = System.nanoTime();
        long end = start + roundNanos;
        long now;
        int n = 0;
        do {
          sink += pass.getAsLong();
          n++;
          now = System.nanoTime();
        } while (now < end);
        allocated[i] += CorpusThroughput.allocatedBytes() - allocBefore;
        passesPerSecond[i][r] = n / ((now - start) / 1e9);
        passCount[i] += n;
      }
    }
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      results.add(report(what.get(i), objects, bytes, passesPerSecond[i], allocated[i] / passCount[i]));
    }
    return results;
  }

  private static Result report(String what, int objects, long bytes, double[] passesPerSecond,
      long allocPerPass) {
    int rounds = passesPerSecond.length;
    double[] sorted = passesPerSecond.clone();
    Arrays.sort(sorted);
    double median = medianOfSorted(sorted);
    double mbps = median * bytes / 1e6;
    System.out.printf(Locale.ROOT,
        "tlkit %s: %.1f MB/s, %.0f objects/s (median of %d rounds; rounds from %.1f to %.1f MB/s);"
            + " %d bytes allocated per pass, %.3f per byte%n",
        what, mbps, median * objects, rounds, sorted[0] * bytes / 1e6,
        sorted[rounds - 1] * bytes / 1e6, allocPerPass, (double) allocPerPass / bytes);
    return new Result(mbps, median * objects, allocPerPass, passesPerSecond);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return medianOfSorted(sorted);
  }

  private static double medianOfSorted(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
