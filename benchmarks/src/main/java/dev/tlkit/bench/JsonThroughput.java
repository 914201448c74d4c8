package dev.tlkit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The JSON ratio of {@link JsonBenchmark} in one JVM, the rounds of its passes ({@link JsonPasses})
 * in turn ({@link Rounds#interleaved}): on a machine whose speed changes from one minute to the
 * next, two JMH runs can disagree by a third, while rounds in turn meet the same minutes. It prints
 * read's speed over tokenize's, the figure the JSON target is set in, and write's; with {@code
 * --passes tokenize,read,walk,encode}, also the ratios of the two passes that take read apart.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.tlkit.bench.JsonThroughput [--warmup SECONDS]
 *     [--rounds N] [--passes tokenize,read,walk,encode,write] [--jars JAR...]
 * </pre>
 *
 * <p>The warm-up is long by default (200 s, the passes in turn): the corpus has every constructor,
 * so a pass runs each record's {@code fromJson} and constructor once, and a method reaches the
 * JIT's last tier only after some 5,000 calls; before that the ratio is lower (0.38 after 60 s
 * against 0.43 after 200 s on 2026-12-07). {@code --jars} compares builds as {@link SideBySide}
 * does: each jar's {@code JsonPasses} in a class loader of its own, all rounds in turn.
 */
public final class JsonThroughput {
  private static volatile long sink;

  private JsonThroughput() {}

  /**
   * Runs the benchmark.
   *
   * @param args see the class comment
   * @throws Exception if a jar cannot be loaded
   */
  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    double warmupSeconds = 200;
    int rounds = 15;
    List<String> passNames = List.of("tokenize", "read", "write");
    List<Path> jars = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--warmup" -> warmupSeconds = Double.parseDouble(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--passes" -> passNames = List.of(args[++i].split(","));
        case "--jars" -> {
          while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
            jars.add(Path.of(args[++i]));
          }
        }
        default -> usage("unknown argument " + args[i]);
      }
    }
    List<String> builds = new ArrayList<>();
    List<Function<String, LongSupplier>> makers = new ArrayList<>();
    if (jars.isEmpty()) {
      builds.add("");
      makers.add(new JsonPasses());
    }
    for (Path jar : jars) {
      if (!Files.isRegularFile(jar)) {
        usage("no such jar: " + jar);
      }
      builds.add(jar + " ");
      makers.add((Function<String, LongSupplier>) SideBySide.newInstanceFromJar(jar, JsonPasses.class));
    }
    // The figures of the first build's corpus: every build has the same golden vectors.
    Object first = makers.get(0);
    int texts = (int) first.getClass().getMethod("texts").invoke(first);
    long bytes = (long) first.getClass().getMethod("bytes").invoke(first);
    System.out.printf(Locale.ROOT, "tlkit JSON: %d texts, %d bytes of UTF-8 per pass; %s %s%n",
        texts, bytes, System.getProperty("java.vm.name"), System.getProperty("java.version"));

    List<String> names = new ArrayList<>();
    List<LongSupplier> passes = new ArrayList<>();
    for (int b = 0; b < builds.size(); b++) {
      for (String p : passNames) {
        names.add(builds.get(b) + p);
        passes.add(makers.get(b).apply(p));
      }
    }
    long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
    while (System.nanoTime() < warmupEnd) {
      for (LongSupplier p : passes) {
        sink += p.getAsLong();
      }
    }
    List<Rounds.Result> r = Rounds.interleaved(names, texts, bytes, passes, rounds,
        builds.size() > 1 ? 500_000_000L : 1_000_000_000L);
    int t = passNames.indexOf("tokenize");
    for (int b = 0; b < builds.size(); b++) {
      for (int o = 0; o < passNames.size(); o++) {
        if (t >= 0 && o != t) {
          int base = b * passNames.size();
          Rounds.Result pass = r.get(base + o);
          Rounds.Result tokenize = r.get(base + t);
          System.out.printf(Locale.ROOT,
              "%s%s/tokenize speed: %.3f (of the medians), %.3f (median of the rounds' ratios)%n",
              builds.get(b), passNames.get(o), pass.mbps() / tokenize.mbps(),
              pass.pairedRatio(tokenize));
        }
      }
    }
    // Between builds, the rounds' ratios: a change of a few per cent shows there long before
    // the medians of a machine this noisy agree on it.
    for (int b = 1; b < builds.size(); b++) {
      for (int p = 0; p < passNames.size(); p++) {
        System.out.printf(Locale.ROOT, "%s%s speed over %s's: %.3f (median of the rounds' ratios)%n",
            builds.get(b), passNames.get(p), builds.get(0).trim(),
            r.get(b * passNames.size() + p).pairedRatio(r.get(p)));
      }
    }
  }

  private static void usage(String problem) {
    System.err.println("JsonThroughput: " + problem);
    System.err.println("usage: JsonThroughput [--warmup SECONDS] [--rounds N]"
        + " [--passes tokenize,read,walk,encode,write] [--jars JAR...]");
    System.exit(2);
  }
}
