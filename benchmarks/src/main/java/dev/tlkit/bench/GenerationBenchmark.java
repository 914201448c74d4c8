package dev.tlkit.bench;

import dev.tlkit.codegen.GeneratedFile;
import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.codegen.JavaGenerator;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaLoader;
import dev.tlkit.schema.SchemaOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Generation of the whole Telegram schema ({@code schema/api.tl} and {@code schema/mtproto.tl},
 * read into memory once) in a warm JVM: parse + link, generate alone, and both, as the Maven plugin
 * and {@code tlc generate} do it (without writing files). The generator runs its files on all
 * cores, so the figures depend on how many are free.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
public class GenerationBenchmark {
  /** The schema files, in the order the project's plugin configuration reads them. */
  static final List<String> FILES = List.of("api.tl", "mtproto.tl");

  private String[] texts;
  private Schema schema;

  /** Reads the schema bundled in the jar and links it once, for {@link #generate()}. */
  @Setup
  public void read() {
    texts = FILES.stream().map(GenerationBenchmark::resource).toArray(String[]::new);
    schema = parseAndLink();
  }

  private static String resource(String name) {
    String path = "/dev/tlkit/bench/schema/" + name;
    try (InputStream in = GenerationBenchmark.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(path + " is not in the jar: rebuild the benchmarks");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the linked schema */
  @Benchmark
  public Schema parseAndLink() {
    SchemaLoader loader = new SchemaLoader(SchemaOptions.DEFAULT);
    for (int i = 0; i < texts.length; i++) {
      loader.add("schema/" + FILES.get(i), texts[i]);
    }
    return loader.load();
  }

  /** @return the generated files of the schema linked once in setup */
  @Benchmark
  public List<GeneratedFile> generate() {
    return new JavaGenerator(schema, new GeneratorOptions("dev.tlkit.telegram")).generate();
  }

  /** @return the generated files */
  @Benchmark
  public List<GeneratedFile> parseLinkGenerate() {
    return new JavaGenerator(parseAndLink(), new GeneratorOptions("dev.tlkit.telegram"))
        .generate();
  }
}
