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
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden vector, both ways: the bytes GramJS wrote decode to exactly the value it started
 * from, and that object encodes back to exactly those bytes.
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
    assertEquals(2134, load("/golden/vectors.jsonl").size());
    assertEquals(2, load("/golden/seed-example.jsonl").size());
  }

  @TestFactory
  Stream<DynamicTest> vectors() throws IOException {
    List<Vector> all = new ArrayList<>(load("/golden/seed-example.jsonl"));
    all.addAll(load("/golden/vectors.jsonl"));
    return all.stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> check(v)));
  }

  private static void check(Vector v) {
    byte[] wire = TlBytes.ofHex(v.hex()).toByteArray();
    TlObject decoded = Tl.decode(wire);
    assertEquals(v.name(), decoded.tlName());
    assertEquals(v.id(), String.format("%08x", decoded.constructorId()));
    JsonValues.assertSameValue(v.value(), TlJson.parse(TlJson.toJson(decoded)));
    assertArrayEquals(wire, decoded.toBytes(), () -> "re-encoding " + v.name());
    assertEquals(decoded, Tl.decode(decoded.toBytes()));
  }
}
