package dev.tlkit.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tlkit.runtime.TlObject;
import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.codegen.JavaModel;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaHistory;
import dev.tlkit.schema.SchemaLoader;
import dev.tlkit.schema.SchemaOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every constructor and function, with random field values: it encodes to exactly
 * {@code serializedSize()} bytes, decodes to an equal object, and re-encodes to the same bytes.
 * {@value #INSTANCES} instances in all, shared evenly between the definitions.
 */
class RandomRoundTripTest {
  static final int INSTANCES = 100_000;
  private static final int THREADS = 2;

  /** The project's schema, loaded once for all the tests of the run (a Schema is immutable). */
  static Schema schema() {
    return LoadedSchema.SCHEMA;
  }

  /** Today's schema with the earlier layers the build reads (the pom's compatSchemas). */
  static SchemaHistory history() {
    return LoadedSchema.HISTORY;
  }

  /** The model the build generated from: today's schema and its history. */
  static JavaModel model(boolean nullMarked) {
    return JavaModel.of(history(), new GeneratorOptions("dev.tlkit.telegram", nullMarked));
  }

  private static final class LoadedSchema {
    // schema/mtproto.tl marks its four legacy ids itself: the default options load it.
    static final Schema SCHEMA = new SchemaLoader(SchemaOptions.DEFAULT)
        .add(Path.of("..", "schema", "api.tl"))
        .add(Path.of("..", "schema", "mtproto.tl"))
        .load();
    static final SchemaHistory HISTORY = SchemaHistory.of(SCHEMA, java.util.stream.Stream.of("181", "198", "223")
        .map(layer -> new SchemaLoader(SchemaOptions.DEFAULT)
            .add(Path.of("..", "schema", "history", layer, "api.tl")).load())
        .toList());
  }

  @TestFactory
  Stream<DynamicTest> everyDefinitionRoundTrips() throws Exception {
    Schema schema = schema();
    List<Combinator> all = new ArrayList<>(schema.constructors());
    all.addAll(schema.functions());
    // gzip_packed is never decoded as itself: reading one inflates it and returns its content
    // (BinaryRulesTest covers it), so random bytes in it cannot round-trip.
    List<Combinator> definitions = all.stream()
        .filter(c -> !c.isBuiltin() && !c.name().equals("gzip_packed")).toList();
    // Two threads (CI has two cores), each with its own random source and its own half of the
    // definitions, so that every run builds the same instances. What fails is reported below,
    // definition by definition.
    Map<String, Throwable> failures = new ConcurrentHashMap<>();
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> halves = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int first = t;
        halves.add(pool.submit(() -> {
          RandomObjects random = new RandomObjects(schema, 198 + first);
          for (int k = first; k < definitions.size(); k += THREADS) {
            Combinator c = definitions.get(k);
            // The first INSTANCES % size definitions get one more, so that they add up exactly.
            int instances =
                INSTANCES / definitions.size() + (k < INSTANCES % definitions.size() ? 1 : 0);
            try {
              for (int i = 0; i < instances; i++) {
                roundTrip((TlObject) random.instance(c));
                done.incrementAndGet();
              }
            } catch (RuntimeException | AssertionError | StackOverflowError e) {
              failures.put(c.name(), e);
            }
          }
        }));
      }
      for (Future<?> half : halves) {
        half.get();
      }
    } finally {
      pool.shutdownNow();
    }
    Stream<DynamicTest> each = definitions.stream().map(c -> DynamicTest.dynamicTest(c.name(),
        () -> {
          Throwable failure = failures.get(c.name());
          if (failure != null) {
            throw failure;
          }
        }));
    return Stream.concat(each, Stream.of(DynamicTest.dynamicTest("instances in all",
        () -> assertEquals(INSTANCES, done.get()))));
  }

  private static void roundTrip(TlObject object) {
    byte[] bytes = object.toBytes();
    assertEquals(object.serializedSize(), bytes.length);
    TlObject decoded = Tl.decode(bytes);
    assertEquals(object, decoded);
    assertArrayEquals(bytes, decoded.toBytes());
  }
}
