package dev.tlkit.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tlkit.json.TlJacksonModule;
import dev.tlkit.json.TlJsonReader;
import dev.tlkit.runtime.TlBytes;
import dev.tlkit.runtime.TlJson;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.runtime.json.JsonDialect;
import dev.tlkit.runtime.json.JsonReadOptions;
import dev.tlkit.runtime.json.TlJsonSchema;
import dev.tlkit.telegram.GoldenVectorsTest.Vector;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every golden vector read back from JSON: its JSON in tlkit's dialect (as the golden file has it)
 * and the JSON of its decoded object in TDLib's dialect each read into an object equal to the one
 * its bytes decode to, whose bytes are the vector's; and the same through the Jackson module, for
 * {@code TlObject}, the object's record and its sealed interface, writing the same JSON as {@link
 * TlJson}; and the golden JSON with every object's members in reverse order (the constructor's
 * name last, the fields against schema order), which JSON allows. Layer 228 ({@code golden/}) and
 * layer 198 ({@code golden/layer198/}).
 */
class JsonRoundTripTest {

  @Test
  void bothLayersHaveTheirVectors() throws IOException {
    assertEquals(2498 + 2, vectors("/golden/").size());
    assertEquals(2134 + 2, vectors("/golden/layer198/").size());
  }

  @TestFactory
  Stream<DynamicTest> layer228() throws IOException {
    return tests("/golden/", Tl.JSON, Tl::decode);
  }

  @TestFactory
  Stream<DynamicTest> layer198() throws IOException {
    return tests("/golden/layer198/", dev.tlkit.telegram.layer198.Tl.JSON,
        dev.tlkit.telegram.layer198.Tl::decode);
  }

  private static List<Vector> vectors(String folder) throws IOException {
    List<Vector> all = new ArrayList<>(GoldenVectorsTest.load(folder + "seed-example.jsonl"));
    all.addAll(GoldenVectorsTest.load(folder + "vectors.jsonl"));
    return all;
  }

  private static Stream<DynamicTest> tests(String folder, TlJsonSchema schema,
      Function<byte[], TlObject> decoder) throws IOException {
    TlJsonReader tlkit = TlJsonReader.of(schema);
    TlJsonReader tdlib = TlJsonReader.of(schema, JsonDialect.TDLIB);
    ObjectMapper tlkitMapper = new ObjectMapper().registerModule(new TlJacksonModule(schema));
    ObjectMapper tdlibMapper = new ObjectMapper().registerModule(
        new TlJacksonModule(JsonReadOptions.of(JsonDialect.TDLIB), schema));
    return vectors(folder).stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> {
      byte[] wire = TlBytes.ofHex(v.hex()).toByteArray();
      TlObject expected = decoder.apply(wire);
      String golden = v.value().toString();
      String tdlibJson = TlJson.toJson(expected, JsonDialect.TDLIB, false);

      check(expected, wire, tlkit.read(golden), "tlkit dialect");
      check(expected, wire, tlkit.read(golden, expected.getClass()), "tlkit, as its record");
      check(expected, wire, tlkit.read(reversed(v.value()).toString()), "members reversed");
      check(expected, wire, tdlib.read(tdlibJson), "tdlib dialect");

      check(expected, wire, tlkitMapper.readValue(golden, TlObject.class), "module, TlObject");
      check(expected, wire, tlkitMapper.readValue(golden, expected.getClass()), "module, record");
      for (Class<?> iface : expected.getClass().getInterfaces()) {
        if (iface.getPackage() == expected.getClass().getPackage() && schema.hasClass(iface)) {
          check(expected, wire, (TlObject) tlkitMapper.readValue(golden, iface), "module, " + iface);
        }
      }
      check(expected, wire, tdlibMapper.readValue(tdlibJson, TlObject.class), "module, tdlib");
      assertEquals(TlJson.toJson(expected), tlkitMapper.writeValueAsString(expected));
      assertEquals(tdlibJson, tdlibMapper.writeValueAsString(expected));
    }));
  }

  /** The value with the members of every object in reverse order. */
  private static JsonNode reversed(JsonNode node) {
    if (node.isArray()) {
      ArrayNode array = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> array.add(reversed(element)));
      return array;
    }
    if (!node.isObject()) {
      return node;
    }
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    Collections.reverse(names);
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    for (String name : names) {
      object.set(name, reversed(node.get(name)));
    }
    return object;
  }

  private static void check(TlObject expected, byte[] wire, TlObject read, String how) {
    assertEquals(expected, read, how);
    assertArrayEquals(wire, read.toBytes(), how + ": the bytes");
  }
}
