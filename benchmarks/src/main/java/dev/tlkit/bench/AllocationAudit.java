package dev.tlkit.bench;

import dev.tlkit.runtime.TlObject;
import dev.tlkit.telegram.Tl;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bytes allocated by one encode and one decode of each golden vector, measured after warm-up with
 * the JVM's per-thread allocation counter: finds the definitions whose encoding allocates more than
 * its output array, and shows what decoding allocates beside the objects.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.tlkit.bench.AllocationAudit [TOP]</pre>
 *
 * <p>Prints the totals, then the {@code TOP} (default 15) vectors with the most encode overhead
 * (allocation beyond the output array) and with the most decode allocation per byte read.
 */
public final class AllocationAudit {
  private static final int REPEAT = 200;
  private static volatile long sink;

  private AllocationAudit() {}

  private record Audit(String name, int length, long encode, long array, long decode) {}

  /**
   * Runs the audit.
   *
   * @param args optionally, how many of the worst vectors to list
   */
  public static void main(String[] args) {
    int top = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    GoldenCorpus corpus = GoldenCorpus.load();
    // Warm up as the throughput benchmark does, so that escape analysis has had its chance.
    for (int i = 0; i < 1000; i++) {
      sink += corpus.encodeAll() + corpus.decodeAll();
    }
    List<Audit> audits = new ArrayList<>();
    for (GoldenCorpus.Entry e : corpus.entries()) {
      TlObject o = e.object();
      byte[] b = e.bytes();
      long before = threads.getThreadAllocatedBytes(self);
      for (int i = 0; i < REPEAT; i++) {
        sink += o.toBytes().length;
      }
      long encode = (threads.getThreadAllocatedBytes(self) - before) / REPEAT;
      before = threads.getThreadAllocatedBytes(self);
      for (int i = 0; i < REPEAT; i++) {
        sink += Tl.decode(b).constructorId();
      }
      long decode = (threads.getThreadAllocatedBytes(self) - before) / REPEAT;
      audits.add(new Audit(e.name(), b.length, encode,
          CorpusThroughput.arrayFootprint(b.length), decode));
    }
    long encode = audits.stream().mapToLong(Audit::encode).sum();
    long arrays = audits.stream().mapToLong(Audit::array).sum();
    long decode = audits.stream().mapToLong(Audit::decode).sum();
    long exact = audits.stream().filter(a -> a.encode == a.array).count();
    System.out.printf(Locale.ROOT, "%d vectors, %d bytes%n", corpus.size(), corpus.totalBytes());
    System.out.printf(Locale.ROOT, "encode: %d B allocated, of which the output arrays take %d B"
            + " (%.1f B more per object); %d of %d objects allocate only their array%n", encode,
        arrays, (encode - arrays) / (double) audits.size(), exact, audits.size());
    System.out.printf(Locale.ROOT, "decode: %d B allocated for %d B read (%.2f B per byte)%n",
        decode, corpus.totalBytes(), decode / (double) corpus.totalBytes());
    Map<Long, Long> histogram = new TreeMap<>();
    audits.forEach(a -> histogram.merge(a.encode - a.array, 1L, Long::sum));
    System.out.print("encode overhead per object (B beyond the output array: objects):");
    histogram.entrySet().stream().limit(8)
        .forEach(h -> System.out.print(" " + h.getKey() + ": " + h.getValue()));
    System.out.println(histogram.size() > 8 ? " ..." : "");
    System.out.println();
    System.out.println("most encode overhead (B allocated beyond the output array):");
    audits.stream().sorted(Comparator.comparingLong((Audit a) -> a.encode - a.array).reversed())
        .limit(top).forEach(a -> System.out.printf(Locale.ROOT, "  %6d  %s (%d bytes)%n",
            a.encode - a.array, a.name, a.length));
    System.out.println("most decode allocation per byte read:");
    audits.stream().sorted(Comparator.comparingDouble((Audit a) -> -a.decode / (double) a.length))
        .limit(top).forEach(a -> System.out.printf(Locale.ROOT, "  %6.1f  %s (%d B for %d bytes)%n",
            a.decode / (double) a.length, a.name, a.decode, a.length));
  }
}
