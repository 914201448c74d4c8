package dev.tlkit.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tlkit.json.TlJsonReader;
import dev.tlkit.runtime.TlJson;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.telegram.Tl;
import java.io.IOException;
import java.util.Arrays;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * JSON of the whole golden corpus of the Telegram API, both ways: one operation is one pass over
 * the JSON of every vector (the text {@code TlJson.toJson} writes of each, as the golden file holds
 * it). {@code tokenize} is the floor: Jackson's streaming parser pulling every token and nothing
 * else. {@code read} is what a user gets, {@code TlJsonReader.read} into generated objects
 * (tokens checked by the shapes, each object built by its record's {@code fromJson}); it must take
 * at most twice {@code tokenize}'s time. {@code write} is {@code TlJson.toJson} of every object.
 *
 * <p>The warm-up is long, and {@code read}'s longer still: the corpus has every constructor, so a
 * pass of {@code read} calls each record's {@code fromJson} and constructor once, and a method
 * reaches the JIT's last tier (C2) only after some 5,000 calls, compiled one after the other on
 * the one compiler thread of a 2-core machine. After 30 s (about 3,500 passes) most of them were
 * still at C1 and {@code read} ran at 0.36 of {@code tokenize}; 60 iterations of 2 s (some 14,000
 * passes) reach its steady state.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonBenchmark {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final TlJsonReader READER = TlJsonReader.of(Tl.JSON);

  private TlObject[] objects;
  private String[] texts;

  /** The corpus and its JSON, built and checked outside of any timing. */
  @Setup
  public void load() {
    objects = GoldenCorpus.load().objects();
    texts = Arrays.stream(objects).map(TlJson::toJson).toArray(String[]::new);
    for (int i = 0; i < objects.length; i++) {
      if (!READER.read(texts[i]).equals(objects[i])) {
        throw new IllegalStateException("the JSON of " + objects[i].tlName() + " reads back as another object");
      }
    }
  }

  /**
   * Jackson's streaming parser over every text, every token pulled, nothing made of them.
   *
   * @param bh sink
   * @throws IOException never: the texts are in memory
   */
  @Benchmark
  public void tokenize(Blackhole bh) throws IOException {
    for (String text : texts) {
      try (JsonParser p = FACTORY.createParser(text)) {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          bh.consume(t);
        }
      }
    }
  }

  /**
   * Every text read into its generated object.
   *
   * @param bh sink
   */
  @Benchmark
  @Warmup(iterations = 60, time = 2)
  public void read(Blackhole bh) {
    for (String text : texts) {
      bh.consume(READER.read(text));
    }
  }

  /**
   * Every object written as JSON.
   *
   * @param bh sink
   */
  @Benchmark
  public void write(Blackhole bh) {
    for (TlObject o : objects) {
      bh.consume(TlJson.toJson(o));
    }
  }
}
