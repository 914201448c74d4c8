package dev.tlkit.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tlkit.runtime.TlBytes;
import dev.tlkit.runtime.TlJson;
import dev.tlkit.runtime.TlObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden vector, both ways: the bytes an independent implementation wrote decode to exactly
 * the value it started from, and that object encodes back to exactly those bytes. Layer 228 (the
 * shipped API, {@code golden/}: an independent encoder, and mtcute for 2,285 of them) and layer 198
 * (the previous default, generated in test scope into {@code dev.tlkit.telegram.layer198}, {@code
 * golden/layer198/}: GramJS). {@code golden/README.md} says how they were made.
 */
class GoldenVectorsTest {

  record Vector(String name, String id, String kind, Object value, String hex) {}

  static List<Vector> load(String resource) throws IOException {
    List<Vector> vectors = new ArrayList<>();
    try (InputStream in = GoldenVectorsTest.class.getResourceAsStream(resource);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) TlJson.parse(line);
        vectors.add(new Vector((String) json.get("name"), (String) json.get("id"),
            (String) json.get("kind"), json.get("value"), (String) json.get("hex")));
      }
    }
    return vectors;
  }

  @Test
  void theCorpusHasEveryVector() throws IOException {
    assertEquals(2498, load("/golden/vectors.jsonl").size());
    assertEquals(2, load("/golden/seed-example.jsonl").size());
    assertEquals(2134, load("/golden/layer198/vectors.jsonl").size());
    assertEquals(2, load("/golden/layer198/seed-example.jsonl").size());
  }

  @TestFactory
  Stream<DynamicTest> layer228() throws IOException {
    return tests("/golden/", Tl::decode);
  }

  @TestFactory
  Stream<DynamicTest> layer198() throws IOException {
    assertEquals(198, dev.tlkit.telegram.layer198.Tl.LAYER);
    return tests("/golden/layer198/", dev.tlkit.telegram.layer198.Tl::decode);
  }

  private static Stream<DynamicTest> tests(String folder, Function<byte[], TlObject> decoder)
      throws IOException {
    List<Vector> all = new ArrayList<>(load(folder + "seed-example.jsonl"));
    all.addAll(load(folder + "vectors.jsonl"));
    return all.stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> check(v, decoder)));
  }

  private static void check(Vector v, Function<byte[], TlObject> decoder) {
    byte[] wire = TlBytes.ofHex(v.hex()).toByteArray();
    TlObject decoded = decoder.apply(wire);
    assertEquals(v.name(), decoded.tlName());
    assertEquals(v.id(), String.format("%08x", decoded.constructorId()));
    JsonValues.assertSameValue(v.value(), TlJson.parse(TlJson.toJson(decoded)));
    assertArrayEquals(wire, decoded.toBytes(), () -> "re-encoding " + v.name());
    assertEquals(decoded, decoder.apply(decoded.toBytes()));
  }
}
