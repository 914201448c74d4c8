package dev.tlkit.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tlkit.runtime.TlBytes;
import dev.tlkit.runtime.TlDecodeException;
import dev.tlkit.runtime.TlJson;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.runtime.TlReader;
import dev.tlkit.runtime.TlStored;
import dev.tlkit.codegen.GeneratorOptions;
import dev.tlkit.codegen.JavaModel;
import dev.tlkit.codegen.ShapeTable;
import dev.tlkit.json.TlJsonReader;
import dev.tlkit.runtime.json.JsonDialect;
import dev.tlkit.runtime.json.JsonReadOptions;
import dev.tlkit.runtime.json.JsonToTl;
import dev.tlkit.runtime.json.TlShapes;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaLoader;
import dev.tlkit.schema.SchemaOptions;
import java.nio.file.Path;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading what earlier layers wrote: every golden vector of layer 198 decodes with today's API
 * through {@link OlderLayers}, into today's record (every field the two have in common equal) or
 * into a record of the old shape (equal to the vector, and encoding back to its bytes), and strict
 * decoding still refuses the old ids.
 */
class OlderLayersTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How a vector came out: its top-level id is today's, upgrades, or keeps its old shape. */
  enum Kind { TODAYS_ID, UPGRADED, OLD_SHAPE }

  @Test
  void everyVectorOfLayer198DecodesWithTodaysApi() throws IOException {
    List<GoldenVectorsTest.Vector> vectors = new ArrayList<>(GoldenVectorsTest.load("/golden/layer198/seed-example.jsonl"));
    vectors.addAll(Layer198.VECTORS);
    Reading reading = new Reading();
    for (GoldenVectorsTest.Vector v : vectors) {
      reading.read(v.name(), v.value(), TlBytes.ofHex(v.hex()).toByteArray());
    }
    System.out.println("layer 198 vectors read at " + Tl.LAYER + ": " + reading.counts);
    assertEquals(List.of(), reading.failures);
    assertEquals(vectors.size(), reading.total());
  }

  /**
   * The layers without golden vectors of their own (181, and 223, from which the Telegram API
   * came here): {@value #INSTANCES_PER_DEFINITION} random values of every constructor and function
   * of the layer's schema, written by the project's encoder of that schema alone (the JSON encoder
   * {@code tlc encode --schema} uses, driven by the old schema's shapes, no generated class), read
   * with today's API.
   */
  @ParameterizedTest(name = "layer {0}")
  @ValueSource(strings = {"181", "223"})
  void everyDefinitionOfAnEarlierLayerDecodesWithTodaysApi(String layer) throws IOException {
    EarlierLayer earlier = EarlierLayer.of(layer);
    RandomObjects random = RandomObjects.json(earlier.schema, Long.parseLong(layer));
    Reading reading = new Reading();
    List<Combinator> definitions = new ArrayList<>(earlier.schema.constructors());
    definitions.addAll(earlier.schema.functions());
    int expected = 0;
    for (Combinator c : definitions) {
      if (c.isBuiltin()) {
        continue;
      }
      for (int i = 0; i < INSTANCES_PER_DEFINITION; i++) {
        earlier.read(reading, c, random);
        expected++;
      }
    }
    System.out.println("layer " + layer + " values read at " + Tl.LAYER + ": " + reading.counts);
    assertEquals(List.of(), reading.failures);
    assertEquals(expected, reading.total());
  }

  /**
   * What clients store most: a {@code user}, a {@code message} and a {@code channel}, written by
   * each earlier layer ({@value #STORED_INSTANCES} random values each, every flag drawn), read back
   * at today's layer, each as the history says it comes: today's record or its old shape.
   */
  @ParameterizedTest(name = "layer {0}")
  @ValueSource(strings = {"181", "198", "223"})
  void aUserAMessageAndAChannelOfEachEarlierLayerReadBack(String layer) throws IOException {
    EarlierLayer earlier = EarlierLayer.of(layer);
    RandomObjects random = RandomObjects.json(earlier.schema, 1000L + Long.parseLong(layer));
    for (String name : List.of("user", "message", "channel")) {
      Combinator c = earlier.schema.constructor(name).orElseThrow();
      Reading reading = new Reading();
      for (int i = 0; i < STORED_INSTANCES; i++) {
        earlier.read(reading, c, random);
      }
      assertEquals(List.of(), reading.failures, name + " of layer " + layer);
      // Each object of one constructor comes out as the history decided for its id.
      Kind expected = RandomRoundTripTest.history().older(c.id())
          .map(older -> older.upgrades() ? Kind.UPGRADED : Kind.OLD_SHAPE).orElse(Kind.TODAYS_ID);
      assertEquals(Map.of(expected, STORED_INSTANCES), reading.counts, name + " of layer " + layer);
      System.out.println(name + " of layer " + layer + " read at " + Tl.LAYER + ": " + expected);
    }
  }

  /** The counts docs/layer-updates.md and the CHANGELOG give. */
  @Test
  void theHistoryReadsTheIdsTheGuideCounts() {
    assertEquals(276, RandomRoundTripTest.history().older().size(), "old ids");
    assertEquals(177, RandomRoundTripTest.history().upgrades().size(), "upgrades");
    assertEquals(99, RandomRoundTripTest.history().oldShapes().size(), "old shapes");
  }

  private static final int INSTANCES_PER_DEFINITION = 4;
  private static final int STORED_INSTANCES = 100;

  /** An earlier layer's schema, and the encoder of its JSON that needs no generated class. */
  private record EarlierLayer(Schema schema, JsonToTl encoder) {
    static EarlierLayer of(String layer) {
      Schema schema = new SchemaLoader(SchemaOptions.DEFAULT)
          .add(Path.of("..", "schema", "history", layer, "api.tl")).load();
      JavaModel model = JavaModel.of(schema, new GeneratorOptions("layer" + layer));
      return new EarlierLayer(schema, new JsonToTl(TlShapes.parse(ShapeTable.of(model)),
          JsonReadOptions.of(JsonDialect.TLKIT)));
    }

    void read(Reading reading, Combinator c, RandomObjects random) throws IOException {
      String json = JSON.writeValueAsString(random.instance(c));
      byte[] bytes;
      try {
        bytes = TlJsonReader.encode(encoder, json);
      } catch (RuntimeException e) {
        throw new AssertionError("the layer's own encoder refused " + json, e);
      }
      reading.read(c.name(), JSON.readTree(json), bytes);
    }
  }

  /** Reads old bytes with today's API, and counts how each came out. */
  private static final class Reading {
    final Map<Kind, Integer> counts = new TreeMap<>();
    final List<String> failures = new ArrayList<>();

    void read(String name, JsonNode value, byte[] bytes) throws IOException {
      try {
        TlObject decoded = OlderLayers.decode(bytes);
        JsonNode actual = JSON.readTree(TlJson.toJson(decoded));
        List<String> differences = new ArrayList<>();
        compare(value, actual, name, differences);
        if (!differences.isEmpty()) {
          failures.add(name + ": " + differences);
          return;
        }
        // What was read is a value of today's API: it encodes, and reads back equal.
        assertEquals(decoded, OlderLayers.decode(decoded.toBytes()), name);
        int id = (bytes[0] & 0xff) | (bytes[1] & 0xff) << 8 | (bytes[2] & 0xff) << 16 | bytes[3] << 24;
        Kind kind = OlderLayers.HISTORY.classOf(id) == null ? Kind.TODAYS_ID
            : decoded.tlName().equals(name) ? Kind.UPGRADED : Kind.OLD_SHAPE;
        counts.merge(kind, 1, Integer::sum);
      } catch (TlDecodeException | IllegalArgumentException e) {
        failures.add(name + ": " + e);
      }
    }

    int total() {
      return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  @Test
  void aUserOfLayer198KeepsItsOldShapeAndAMessageUpgrades() throws IOException {
    GoldenVectorsTest.Vector user = vector("user");
    TlObject read = OlderLayers.decode(TlBytes.ofHex(user.hex()).toByteArray());
    UserLayer198 old = assertInstanceOf(UserLayer198.class, read);
    assertEquals("user_layer198", old.tlName());
    assertInstanceOf(TypeUser.class, old, "a value of type User, where a User may stand");

    GoldenVectorsTest.Vector message = vector("message");
    assertInstanceOf(Message.class, OlderLayers.decode(TlBytes.ofHex(message.hex()).toByteArray()));
  }

  @Test
  void strictDecodingRefusesOldIdsAsBefore() {
    byte[] user198 = TlBytes.ofHex(vector("user").hex()).toByteArray();
    TlDecodeException e = assertThrows(TlDecodeException.class, () -> Tl.decode(user198));
    assertEquals("at offset 0: expected any object, found user_layer198#4b46c37e", e.getMessage());
    assertThrows(TlDecodeException.class, () -> TypeUser.decode(new TlReader(user198)));
    // An id no layer has is the error it always was.
    TlDecodeException unknown = assertThrows(TlDecodeException.class,
        () -> OlderLayers.decode(new byte[] {1, 2, 3, 4}));
    assertTrue(unknown.getMessage().contains("unknown constructor id 04030201"), unknown.getMessage());
  }

  @Test
  void anOldConstructorOfAnotherTypeIsRefused() {
    // A user of layer 198 where a Chat is expected: the earlier layer's id is known, its type is not a Chat.
    byte[] user198 = TlBytes.ofHex(vector("user").hex()).toByteArray();
    TlDecodeException e = assertThrows(TlDecodeException.class,
        () -> TypeChat.decode(OlderLayers.reader(user198)));
    assertEquals("at offset 0: expected Chat, found user_layer198#4b46c37e", e.getMessage());
  }

  @Test
  void oldBytesAreCheckedAsStrictlyAsNewOnes() {
    byte[] message = TlBytes.ofHex(vector("message").hex()).toByteArray();
    byte[] longer = java.util.Arrays.copyOf(message, message.length + 4);
    assertThrows(TlDecodeException.class, () -> OlderLayers.decode(longer), "trailing bytes");
    byte[] shorter = java.util.Arrays.copyOf(message, message.length - 1);
    assertThrows(TlDecodeException.class, () -> OlderLayers.decode(shorter), "truncated");
    for (int n = 0; n < message.length; n++) {
      byte[] cut = java.util.Arrays.copyOf(message, n);
      assertThrows(TlDecodeException.class, () -> OlderLayers.decode(cut), "cut at " + n);
    }
  }

  @Test
  void anObjectStoredWithItsLayerReadsBack() {
    byte[] user198 = TlBytes.ofHex(vector("user").hex()).toByteArray();
    byte[] stored = new byte[4 + user198.length];
    stored[0] = (byte) 198;
    System.arraycopy(user198, 0, stored, 4, user198.length);
    assertEquals(198, TlStored.layerOf(stored));
    assertInstanceOf(UserLayer198.class, OlderLayers.readStored(stored));

    // Today's object, even one holding an old shape read before (this message's poll of 223).
    TlObject today = OlderLayers.decode(TlBytes.ofHex(vector("message").hex()).toByteArray());
    byte[] storedToday = OlderLayers.store(today);
    assertEquals(Tl.LAYER, TlStored.layerOf(storedToday));
    assertEquals(today, OlderLayers.readStored(storedToday));

    byte[] later = storedToday.clone();
    later[0] = (byte) (Tl.LAYER + 1);
    TlDecodeException e = assertThrows(TlDecodeException.class, () -> OlderLayers.readStored(later));
    assertTrue(e.getMessage().contains("stored by layer " + (Tl.LAYER + 1)), e.getMessage());
  }

  private static GoldenVectorsTest.Vector vector(String name) {
    return Layer198.VECTORS.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
  }

  /** The vectors of layer 198, read once for the tests that pick one. */
  private static final class Layer198 {
    static final List<GoldenVectorsTest.Vector> VECTORS;

    static {
      try {
        VECTORS = GoldenVectorsTest.load("/golden/layer198/vectors.jsonl");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /**
   * Compares an earlier layer's value with what today's API read of it: a kept old shape
   * ({@code user_layer198} for {@code user}) must have exactly its fields; today's constructor of
   * the same name must equal it in every field both have, and may lack the old one's (dropped) or
   * have fields of its own only where they are absent or a {@code false} flag. An {@code int}
   * widened to a {@code long} is a string of the same digits.
   *
   * @return true if nothing was upgraded or dropped anywhere: the value is the old one exactly
   */
  static boolean compare(JsonNode old, JsonNode now, String path, List<String> differences) {
    if (old.isObject() && now.isObject()) {
      String was = old.path("_").asText();
      String is = now.path("_").asText();
      boolean oldShape = is.startsWith(was + "_layer");
      if (!oldShape && !is.equals(was)) {
        differences.add(path + ": " + was + " read as " + is);
        return false;
      }
      boolean exact = true;
      for (Iterator<String> it = old.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (key.equals("_")) {
          continue;
        }
        if (!now.has(key)) {
          if (oldShape) {
            differences.add(path + "." + key + ": missing");
          }
          exact = false; // dropped
          continue;
        }
        exact &= compare(old.get(key), now.get(key), path + "." + key, differences);
      }
      for (Iterator<String> it = now.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!key.equals("_") && !old.has(key)) {
          JsonNode extra = now.get(key);
          if (oldShape || !(extra.isBoolean() && !extra.booleanValue())) {
            differences.add(path + "." + key + ": " + extra + " is not in the old value");
          }
          exact = false;
        }
      }
      return exact;
    }
    if (old.isArray() && now.isArray()) {
      if (old.size() != now.size()) {
        differences.add(path + ": " + old.size() + " elements read as " + now.size());
        return false;
      }
      boolean exact = true;
      for (int i = 0; i < old.size(); i++) {
        exact &= compare(old.get(i), now.get(i), path + "[" + i + "]", differences);
      }
      return exact;
    }
    if (old.isIntegralNumber() && now.isTextual() && old.asText().equals(now.asText())) {
      return false; // an int of the old layer, a long today
    }
    if (old.isNumber() && now.isNumber() ? old.decimalValue().compareTo(now.decimalValue()) != 0 : !old.equals(now)) {
      differences.add(path + ": " + old + " read as " + now);
      return false;
    }
    return true;
  }
}
