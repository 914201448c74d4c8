package dev.tlkit.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tlkit.runtime.TlBytes;
import dev.tlkit.runtime.TlJson;
import dev.tlkit.runtime.TlObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

  record Vector(String name, String id, String kind, JsonNode value, String hex) {}

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  /** Numbers by value ({@code 3} equals {@code 3.0}), everything else as Jackson compares it. */
  private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) ->
      a.isNumber() && b.isNumber()
          ? a.decimalValue().compareTo(b.decimalValue())
          : a.equals(b) ? 0 : 1;

  static List<Vector> load(String resource) throws IOException {
    List<Vector> vectors = new ArrayList<>();
    try (InputStream in = GoldenVectorsTest.class.getResourceAsStream(resource);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode json = JSON.readTree(line);
        vectors.add(new Vector(json.get("name").textValue(), json.get("id").textValue(),
            json.get("kind").textValue(), json.get("value"), json.get("hex").textValue()));
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

  private static void check(Vector v, Function<byte[], TlObject> decoder) throws IOException {
    byte[] wire = TlBytes.ofHex(v.hex()).toByteArray();
    TlObject decoded = decoder.apply(wire);
    assertEquals(v.name(), decoded.tlName());
    assertEquals(v.id(), String.format("%08x", decoded.constructorId()));
    JsonNode actual = JSON.readTree(TlJson.toJson(decoded));
    assertTrue(v.value().equals(NUMBERS_BY_VALUE, actual),
        () -> "decoded value differs:\n  expected " + v.value() + "\n  decoded  " + actual);
    assertArrayEquals(wire, decoded.toBytes(), () -> "re-encoding " + v.name());
    assertEquals(decoded, decoder.apply(decoded.toBytes()));
  }
}
