package dev.tlkit.bench;

import dev.tlkit.bench.l223.Tl;
import dev.tlkit.bench.workload.WorkloadFile;
import dev.tlkit.runtime.TlBytes;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.runtime.TlReader;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * What decoding a workload must allocate, part by part: how much of what {@code Tl.decode}
 * allocates is the objects the API hands back, and how much could go. Every figure is the JVM's
 * per-thread allocation counter around a loop, after warm-up, not an estimate:
 *
 * <ul>
 *   <li>decoding, copying and in the sharing mode (bytes fields are views of the input there);
 *   <li>every decoded {@code string} made again from its chars with {@code new String(char[], int,
 *       int)}: what a {@code java.lang.String} of that text costs through the JDK's public
 *       constructors, the JDK's own Latin-1 attempt included (a string that is not all Latin-1
 *       first gets a byte array of one byte per char, thrown away, then its UTF-16 array);
 *   <li>every {@code bytes} value copied, as the copying mode must;
 *   <li>the rest, records, lists, boxed numbers and the views of bytes values: the sharing mode's
 *       figure less the strings.
 * </ul>
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.tlkit.bench.AllocationFloor WORKLOAD.bin</pre>
 *
 * <p>The workloads are written by {@link dev.tlkit.bench.workload.Workloads} ({@code compare.sh}
 * writes them to {@code benchmarks/target/workloads}).
 */
public final class AllocationFloor {
  private static final int WARMUP = 2000;
  private static final int REPEAT = 50;
  private static volatile long sink;

  private AllocationFloor() {}

  /** The strings and bytes values of a decoded workload, with their sizes. */
  private static final class Parts {
    final List<char[]> strings = new ArrayList<>();
    final List<TlBytes> bytes = new ArrayList<>();
    int wide;
    long wideChars;
    long chars;
    /**
     * The JDK's Latin-1 attempts, computed: an array of one byte per char (16 bytes of header,
     * rounded to 8) for each string that turns out not to be Latin-1.
     */
    long attempts;
    long byteCount;
    int longestBytes;

    void add(Object value) {
      if (value instanceof String s) {
        char[] c = s.toCharArray();
        strings.add(c);
        chars += c.length;
        if (!s.chars().allMatch(ch -> ch <= 0xFF)) {
          wide++;
          wideChars += c.length;
          attempts += (16 + c.length + 7) & ~7;
        }
      } else if (value instanceof TlBytes b) {
        bytes.add(b);
        byteCount += b.length();
        longestBytes = Math.max(longestBytes, b.length());
      }
    }
  }

  /**
   * Prints the parts of one workload's decode allocation.
   *
   * @param args the workload file
   * @throws IOException if it cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: AllocationFloor WORKLOAD.bin");
      System.exit(2);
    }
    byte[][] wire = WorkloadFile.read(Path.of(args[0])).toArray(byte[][]::new);
    long input = 0;
    Parts parts = new Parts();
    for (byte[] b : wire) {
      input += b.length;
      DecodedValues.forEachLeaf(Tl.decode(b), parts::add);
    }
    char[][] strings = parts.strings.toArray(char[][]::new);
    TlBytes[] bytes = parts.bytes.toArray(TlBytes[]::new);

    long copying = perPass(() -> {
      long sum = 0;
      for (byte[] b : wire) {
        sum += Tl.decode(b).constructorId();
      }
      return sum;
    });
    long sharing = perPass(() -> {
      long sum = 0;
      for (byte[] b : wire) {
        TlReader r = new TlReader(b).shareInput(true);
        TlObject o = Tl.decodeObject(r);
        r.expectEnd();
        sum += o.constructorId();
      }
      return sum;
    });
    // Each made object is kept in an array, so that escape analysis cannot take it away.
    Object[] kept = new Object[Math.max(strings.length, bytes.length)];
    long strs = perPass(() -> {
      long sum = 0;
      for (int i = 0; i < strings.length; i++) {
        String s = new String(strings[i], 0, strings[i].length);
        kept[i] = s;
        sum += s.length();
      }
      return sum;
    });
    // A copy is the array and its TlBytes (TlBytes.of copies its argument: the array is made by
    // it alone).
    byte[] whole = new byte[parts.longestBytes];
    long copies = perPass(() -> {
      long sum = 0;
      for (int i = 0; i < bytes.length; i++) {
        TlBytes c = TlBytes.of(whole, 0, bytes[i].length());
        kept[i] = c;
        sum += c.length();
      }
      return sum;
    });
    long rest = sharing - strs;

    System.out.printf(Locale.ROOT, "%s: %d messages, %,d bytes; %s %s%n", args[0], wire.length,
        input, System.getProperty("java.vm.name"), System.getProperty("java.version"));
    row("decoding (copying)", copying, input);
    row("decoding (sharing mode)", sharing, input);
    row(String.format(Locale.ROOT, "  %,d strings made from their chars (%,d chars; %,d not all"
        + " Latin-1, %,d chars)", strings.length, parts.chars, parts.wide, parts.wideChars), strs,
        input);
    row("    of which the JDK's Latin-1 attempts (computed)", parts.attempts, input);
    row(String.format(Locale.ROOT, "  %,d bytes values copied (%,d bytes)", bytes.length,
        parts.byteCount), copies, input);
    row("  records, lists, boxed numbers, bytes views (sharing mode less strings)", rest, input);
  }

  private static void row(String what, long perPass, long input) {
    System.out.printf(Locale.ROOT, "%-92s %,11d B  %5.2f B per input byte%n", what, perPass,
        (double) perPass / input);
  }

  /** Bytes the current thread allocates in one run of {@code pass}, after warm-up. */
  private static long perPass(LongSupplier pass) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    for (int i = 0; i < WARMUP; i++) {
      sink += pass.getAsLong();
    }
    long before = threads.getThreadAllocatedBytes(self);
    for (int i = 0; i < REPEAT; i++) {
      sink += pass.getAsLong();
    }
    return (threads.getThreadAllocatedBytes(self) - before) / REPEAT;
  }
}
