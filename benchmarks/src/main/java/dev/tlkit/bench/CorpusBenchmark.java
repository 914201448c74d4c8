package dev.tlkit.bench;

import dev.tlkit.runtime.TlObject;
import dev.tlkit.telegram.Tl;
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
 * Encode and decode of the whole golden corpus: one operation is one pass over every vector (one
 * per definition of the Telegram schema, 2,134 objects, 427,836 bytes). Divide the bytes by the
 * time per operation for MB/s; {@code gc.alloc.rate.norm} is the bytes allocated per pass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
public class CorpusBenchmark {
  private TlObject[] objects;
  private byte[][] wire;

  /** Decodes the corpus once, outside of any timing. */
  @Setup
  public void load() {
    GoldenCorpus corpus = GoldenCorpus.load();
    objects = corpus.objects();
    wire = corpus.wire();
  }

  /**
   * {@code toBytes()} of every object.
   *
   * @param bh sink
   */
  @Benchmark
  public void encodeCorpus(Blackhole bh) {
    for (TlObject o : objects) {
      bh.consume(o.toBytes());
    }
  }

  /**
   * {@code Tl.decode} of every vector's bytes.
   *
   * @param bh sink
   */
  @Benchmark
  public void decodeCorpus(Blackhole bh) {
    for (byte[] b : wire) {
      bh.consume(Tl.decode(b));
    }
  }
}
