package dev.tlkit.bench;

import dev.tlkit.bench.workload.WorkloadFile;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;

/**
 * Two or more builds of tlkit in one JVM, their rounds in turn: the A/B test for a change of the
 * generator or the runtime on a machine whose speed moves by a third from one minute to the next
 * (this one). Separate processes, one after the other, each meet a different minute; here every
 * build meets the same ones.
 *
 * <p>Each jar is a {@code benchmarks/target/benchmarks.jar} of one build (copy it away before
 * building the other), loaded by a class loader of its own whose parent is the platform loader, so
 * that nothing of tlkit is shared: each build runs its own generated classes and runtime, compiled
 * by the JIT apart. {@link Passes}, in each jar, makes the passes.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.tlkit.bench.SideBySide WORKLOAD.bin \
 *     [--warmup SECONDS] [--rounds N] [--passes decode,encode,into-buffer] JAR...
 * </pre>
 *
 * <p>After the warm-up (default 20 s, every pass of every jar in turn), {@code --rounds} (default
 * 30) rounds of about 0.3 s of each pass of each jar, in turn; it prints each one's median round
 * and the range of its rounds in MB/s. Both builds' code is compiled in one JVM, twice as much as either alone: the
 * figures are for comparing the builds with each other, not with {@code compare.sh}'s.
 */
public final class SideBySide {
  private static volatile long sink;

  private SideBySide() {}

  /**
   * Runs the comparison.
   *
   * @param args see the class comment
   * @throws Exception if a file cannot be read or a jar has no {@link Passes}
   */
  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    Path workload = null;
    double warmupSeconds = 20;
    int rounds = 30;
    List<String> passNames = List.of("decode", "encode");
    List<Path> jars = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--warmup" -> warmupSeconds = Double.parseDouble(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--passes" -> passNames = List.of(args[++i].split(","));
        default -> {
          if (args[i].startsWith("-")) {
            usage("unknown option " + args[i]);
          }
          if (workload == null) {
            workload = Path.of(args[i]);
          } else {
            jars.add(Path.of(args[i]));
          }
        }
      }
    }
    if (workload == null || jars.isEmpty()) {
      usage("a workload and at least one jar are needed");
    }
    List<byte[]> messages = WorkloadFile.read(workload);
    long bytes = 0;
    for (byte[] m : messages) {
      bytes += m.length;
    }
    List<String> names = new ArrayList<>();
    List<LongSupplier> passes = new ArrayList<>();
    for (Path jar : jars) {
      if (!Files.isRegularFile(jar)) {
        usage("no such jar: " + jar);
      }
      BiFunction<List<byte[]>, String, LongSupplier> make =
          (BiFunction<List<byte[]>, String, LongSupplier>) newInstanceFromJar(jar, Passes.class);
      for (String p : passNames) {
        passes.add(make.apply(messages, p));
        names.add(jar + " " + p);
      }
    }
    System.out.printf(Locale.ROOT, "%d messages, %d bytes per pass; %s %s%n", messages.size(),
        bytes, System.getProperty("java.vm.name"), System.getProperty("java.version"));
    long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
    while (System.nanoTime() < warmupEnd) {
      for (LongSupplier p : passes) {
        sink += p.getAsLong();
      }
    }
    Rounds.interleaved(names, messages.size(), bytes, passes, rounds, 300_000_000L);
  }

  /**
   * A new instance of {@code type} as {@code jar} has it, made in a class loader of that jar alone
   * (its parent the platform loader), so that nothing of tlkit is shared with another build's.
   */
  static Object newInstanceFromJar(Path jar, Class<?> type) throws Exception {
    URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        ClassLoader.getPlatformClassLoader());
    return loader.loadClass(type.getName()).getConstructor().newInstance();
  }

  private static void usage(String problem) {
    System.err.println("SideBySide: " + problem);
    System.err.println("usage: SideBySide WORKLOAD.bin [--warmup SECONDS] [--rounds N]"
        + " [--passes decode,encode,into-buffer] JAR...");
    System.exit(2);
  }
}
