package dev.tlkit.bench;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
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
  private LongSupplier tokenize;
  private LongSupplier read;
  private LongSupplier write;

  /** The corpus and its JSON, built and checked outside of any timing ({@link JsonPasses}). */
  @Setup
  public void load() {
    JsonPasses passes = new JsonPasses();
    tokenize = passes.apply("tokenize");
    read = passes.apply("read");
    write = passes.apply("write");
  }

  /**
   * Jackson's streaming parser over every text, every token pulled, nothing made of them.
   *
   * @return a sum of the tokens, for JMH to consume
   */
  @Benchmark
  public long tokenize() {
    return tokenize.getAsLong();
  }

  /**
   * Every text read into its generated object.
   *
   * @return the number of texts read
   */
  @Benchmark
  @Warmup(iterations = 60, time = 2)
  public long read() {
    return read.getAsLong();
  }

  /**
   * Every object written as JSON.
   *
   * @return the total length of the JSON
   */
  @Benchmark
  public long write() {
    return write.getAsLong();
  }
}
