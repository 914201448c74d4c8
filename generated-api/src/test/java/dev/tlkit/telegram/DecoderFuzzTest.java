package dev.tlkit.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.codegen.JavaModel;
import dev.tlkit.runtime.TlBytes;
import dev.tlkit.runtime.TlDecodeException;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.runtime.TlReader;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.TlType;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Fuzz targets of the generated decoders: whatever the bytes, decoding either fails with a {@link
 * TlDecodeException} or gives an object that encodes, decodes to an equal object and encodes
 * again to the same bytes. Any other exception or error (an {@code OutOfMemoryError}, a {@code
 * StackOverflowError}, an {@code IllegalArgumentException} from a record's constructor) is a
 * finding.
 *
 * <p>In a normal build each target only replays its corpus, the files in {@code
 * src/test/resources/dev/tlkit/telegram/DecoderFuzzTestInputs/<target>/}: seeds taken from the
 * golden vectors, and every input that ever made a target fail. {@code generated-api/FUZZING.md}
 * tells how to fuzz for as long as one likes.
 */
class DecoderFuzzTest {
  /** How many types {@link #oneType} chooses from. */
  static final int TYPE_COUNT = 300;

  private static final List<DecodableType> TYPES = chooseTypes(RandomRoundTripTest.schema());

  /** A boxed type and its generated {@code decode(TlReader)}. */
  record DecodableType(String javaName, MethodHandle decode) {
    TlObject decode(TlReader reader) {
      try {
        return (TlObject) decode.invokeExact(reader);
      } catch (RuntimeException | java.lang.Error e) {
        throw e;
      } catch (Throwable t) {
        throw new AssertionError(t);
      }
    }
  }

  /**
   * The thread that decodes. Most inputs fail, and each failure copies its stack trace once for
   * every object it is nested in ({@code TlDecodeException.within}): on a thread of its own, with a
   * stack a tenth as deep as JUnit's and Jazzer's, that costs a tenth as much, and the fuzzer runs
   * three times as many inputs a second.
   */
  private static final ExecutorService DECODER = Executors.newSingleThreadExecutor(task -> {
    Thread t = new Thread(task, "decoder-fuzz");
    t.setDaemon(true);
    return t;
  });

  private static void onDecoderThread(Runnable check) {
    try {
      DECODER.submit(check).get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw (java.lang.Error) e.getCause();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Any bytes, decoded as any boxed object by its id. */
  @FuzzTest
  void anyBoxedObject(byte[] data) {
    onDecoderThread(() -> decodeAnyBoxedObject(data));
  }

  private static void decodeAnyBoxedObject(byte[] data) {
    TlObject value;
    try {
      value = Tl.decode(data);
    } catch (TlDecodeException e) {
      assertWellFormed(e);
      return;
    }
    assertStable(value, Tl::decode);
  }

  /**
   * Any bytes, decoded as one of {@value #TYPE_COUNT} types by that type's own decoder: the first
   * two bytes choose the type, the rest are the value.
   */
  @FuzzTest
  void oneType(byte[] data) {
    onDecoderThread(() -> decodeOneType(data));
  }

  private static void decodeOneType(byte[] data) {
    if (data.length < 2) {
      return;
    }
    DecodableType type = TYPES.get(((data[0] & 0xff) << 8 | (data[1] & 0xff)) % TYPES.size());
    TlObject value;
    try {
      value = type.decode(new TlReader(data, 2, data.length - 2));
    } catch (TlDecodeException e) {
      assertWellFormed(e);
      return;
    }
    assertStable(value, bytes -> {
      TlReader reader = new TlReader(bytes);
      TlObject again = type.decode(reader);
      reader.expectEnd();
      return again;
    });
  }

  private static void assertWellFormed(TlDecodeException e) {
    assertTrue(e.offset() >= 0, e::getMessage);
    assertTrue(e.getMessage().startsWith("at offset " + e.offset()), e::getMessage);
  }

  /**
   * A decoded object may differ from the bytes it came from (unknown flag bits, malformed UTF-8,
   * a lenient length prefix, gzip_packed): what it encodes to must be its canonical form.
   */
  private static void assertStable(TlObject value, Function<byte[], TlObject> decoder) {
    byte[] bytes = value.toBytes();
    assertEquals(value.serializedSize(), bytes.length);
    TlObject again = decoder.apply(bytes);
    assertEquals(value, again);
    assertEquals(value.hashCode(), again.hashCode());
    assertArrayEquals(bytes, again.toBytes());
  }

  /**
   * The types of {@link #oneType}, chosen the same way on every run so that a corpus file always
   * means the same type: every type with several constructors (a sealed interface), then types with
   * one constructor evenly spread over their names, {@value #TYPE_COUNT} in all.
   */
  static List<DecodableType> chooseTypes(Schema schema) {
    // The build's model: a type an earlier layer gave another shape is a sealed interface there.
    JavaModel model = RandomRoundTripTest.model(false);
    List<String> several = new ArrayList<>();
    List<String> one = new ArrayList<>();
    for (TlType type : schema.types()) {
      List<Combinator> constructors = type.constructors().stream()
          .filter(c -> !c.isBuiltin() && !c.name().equals("gzip_packed")).toList();
      if (constructors.size() != type.constructors().size() || constructors.isEmpty()) {
        continue; // Bool, Vector, True, Object: the runtime's, not generated decoders
      }
      if (constructors.size() > 1) {
        several.add(model.valueClass(type).simpleName());
      } else {
        one.add(model.valueClass(type).simpleName());
      }
    }
    several.sort(Comparator.naturalOrder());
    one.sort(Comparator.naturalOrder());
    List<String> chosen = new ArrayList<>(several);
    int wanted = TYPE_COUNT - several.size();
    for (int i = 0; i < wanted; i++) {
      chosen.add(one.get((int) ((long) i * one.size() / wanted)));
    }
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    List<DecodableType> types = new ArrayList<>();
    for (String name : chosen) {
      try {
        Class<?> c = Class.forName("dev.tlkit.telegram." + name);
        MethodHandle decode = lookup
            .findStatic(c, "decode", MethodType.methodType(c, TlReader.class))
            .asType(MethodType.methodType(TlObject.class, TlReader.class));
        types.add(new DecodableType(name, decode));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(name, e);
      }
    }
    return List.copyOf(types);
  }

  @Test
  void theTypesAreChosenOnceAndForAll() {
    assertEquals(TYPE_COUNT, TYPES.size());
    assertEquals(TYPE_COUNT, TYPES.stream().map(DecodableType::javaName).distinct().count());
    // The corpus depends on these positions: changing the choice invalidates it.
    assertEquals("TypeAccountChatThemes", TYPES.get(0).javaName());
    assertEquals("TypeMessage", TYPES.get(indexOf("TypeMessage")).javaName());
  }

  static int indexOf(String javaName) {
    for (int i = 0; i < TYPES.size(); i++) {
      if (TYPES.get(i).javaName().equals(javaName)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Writes the seed corpus from the golden vectors: run with {@code
   * -Dtlkit.fuzz.seeds=src/test/resources/dev/tlkit/telegram/DecoderFuzzTestInputs}. Seeds are
   * where fuzzing starts from; the fuzzer keeps what it finds elsewhere ({@code .cifuzz-corpus}).
   */
  @Test
  @EnabledIfSystemProperty(named = "tlkit.fuzz.seeds", matches = ".+")
  void writeSeedCorpus() throws IOException {
    Path dir = Path.of(System.getProperty("tlkit.fuzz.seeds"));
    List<GoldenVectorsTest.Vector> vectors = GoldenVectorsTest.load("/golden/vectors.jsonl");
    // anyBoxedObject: every 40th vector by name, and the ten largest; one of them gzip_packed.
    vectors.sort(Comparator.comparing(GoldenVectorsTest.Vector::name));
    Map<String, byte[]> any = new LinkedHashMap<>();
    for (int i = 0; i < vectors.size(); i += 40) {
      any.put("golden-" + vectors.get(i).name(), TlBytes.ofHex(vectors.get(i).hex()).toByteArray());
    }
    vectors.stream().sorted(Comparator.comparingInt(v -> -v.hex().length())).limit(10)
        .forEach(v -> any.put("golden-" + v.name(), TlBytes.ofHex(v.hex()).toByteArray()));
    byte[] first = any.values().iterator().next();
    any.put("gzip-packed", Wire.gzipPacked(first));
    write(dir.resolve("anyBoxedObject"), any);
    // oneType: for every chosen type, its first golden vector, behind that type's selector.
    Map<String, byte[]> typed = new LinkedHashMap<>();
    for (GoldenVectorsTest.Vector v : vectors) {
      byte[] wire = TlBytes.ofHex(v.hex()).toByteArray();
      TlObject decoded = Tl.decode(wire);
      int index = typeIndex(decoded.getClass());
      if (index >= 0 && !typed.containsKey(TYPES.get(index).javaName()) && typed.size() < 100) {
        typed.put(TYPES.get(index).javaName(),
            Wire.concat(new byte[] {(byte) (index >> 8), (byte) index}, wire));
      }
    }
    Map<String, byte[]> named = new LinkedHashMap<>();
    typed.forEach((name, bytes) -> named.put("golden-" + name, bytes));
    write(dir.resolve("oneType"), named);
  }

  private static int typeIndex(Class<?> record) {
    int index = indexOf(record.getSimpleName());
    for (Class<?> i : record.getInterfaces()) {
      if (index < 0) {
        index = indexOf(i.getSimpleName());
      }
    }
    return index;
  }

  private static void write(Path dir, Map<String, byte[]> files) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Files.write(dir.resolve(f.getKey().replace('.', '_')), f.getValue());
    }
  }
}
