package dev.tlkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tlkit.runtime.Samples.FieldBag;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON form of golden vectors, and the parser that reads it back. */
class TlJsonTest {
  @Test
  void goldenVectorForm() {
    FieldBag peer = new FieldBag("inputPeerUser")
        .with("user_id", -4644397401204110986L)
        .with("access_hash", 8876526684309139148L);
    assertEquals("{\"_\":\"inputPeerUser\",\"user_id\":\"-4644397401204110986\","
        + "\"access_hash\":\"8876526684309139148\"}", TlJson.toJson(peer));
  }

  @Test
  void everyKindOfValue() {
    FieldBag o = new FieldBag("test.all")
        .with("int", -7)
        .with("long", Long.MIN_VALUE)
        .with("double", 0.5)
        .with("string", "naïve 😀")
        .with("bytes", TlBytes.ofHex("00ff"))
        .with("bool", false)
        .with("list", List.of(1, 2))
        .with("nested_list", List.of(List.of("a"), List.of()))
        .with("object", new Samples.InputUser(1, 2));
    assertEquals("{\"_\":\"test.all\",\"int\":-7,\"long\":\"-9223372036854775808\",\"double\":0.5,"
        + "\"string\":\"naïve 😀\",\"bytes\":\"00ff\",\"bool\":false,\"list\":[1,2],"
        + "\"nested_list\":[[\"a\"],[]],"
        + "\"object\":{\"_\":\"inputUser\",\"user_id\":\"1\",\"access_hash\":\"2\"}}",
        TlJson.toJson(o));
  }

  @Test
  void theExampleRequestInSchemaOrder() {
    assertEquals("{\"_\":\"phone.requestCall\",\"video\":true,"
        + "\"user_id\":{\"_\":\"inputUser\",\"user_id\":\"123456789\","
        + "\"access_hash\":\"-987654321987654321\"},"
        + "\"random_id\":43,\"g_a_hash\":\"61726269747261727920313920627974657321\","
        + "\"protocol\":{\"_\":\"phoneCallProtocol\",\"udp_p2p\":true,\"udp_reflector\":true,"
        + "\"min_layer\":65,\"max_layer\":92,\"library_versions\":[\"some string here\"]}}",
        TlJson.toJson(Samples.requestCall()));
  }

  @Test
  void prettyIndentsByTwoSpaces() {
    FieldBag o = new FieldBag("x")
        .with("a", 1)
        .with("list", List.of(1, new FieldBag("y")))
        .with("empty", List.of())
        .with("object", new FieldBag("z").with("b", "c"));
    assertEquals(String.join("\n",
        "{",
        "  \"_\": \"x\",",
        "  \"a\": 1,",
        "  \"list\": [",
        "    1,",
        "    {",
        "      \"_\": \"y\"",
        "    }",
        "  ],",
        "  \"empty\": [],",
        "  \"object\": {",
        "    \"_\": \"z\",",
        "    \"b\": \"c\"",
        "  }",
        "}"), TlJson.toJson(o, true));
  }

  @Test
  void stringsAreEscapedAsJsonStringifyDoes() {
    FieldBag o = new FieldBag("s").with("v", "q\" b\\ /\n\r\t\b\f \u0000\u001f\u007f é \u2028"
        + " \ud83d\ude00 lone \ud800.");
    assertEquals("{\"_\":\"s\",\"v\":\"q\\\" b\\\\ /\\n\\r\\t\\b\\f \\u0000\\u001f\u007f é \u2028"
        + " \ud83d\ude00 lone \\ud800.\"}", TlJson.toJson(o));
  }

  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource({
    "3.0,                     3",
    "100.0,                   100",
    "-2.5,                    -2.5",
    "0.1,                     0.1",
    "0.30000000000000004,     0.30000000000000004",
    "0.3333333333333333,      0.3333333333333333",
    "-0.0,                    0",
    "0.002,                   0.002",
    "0.000001,                0.000001",
    "1.0E-7,                  1e-7",
    "1.5E-7,                  1.5e-7",
    "1.0E20,                  100000000000000000000",
    "1.2345678901234568E20,   123456789012345680000",
    "9.223372036854775807E18, 9223372036854776000",
    "1.0E21,                  1e+21",
    "1.0E23,                  1e+23",
    "8.41E21,                 8.41e+21",
    "1.7976931348623157E308,  1.7976931348623157e+308",
    "2.2250738585072014E-308, 2.2250738585072014e-308",
    "4.9E-324,                5e-324",
  })
  void doublesPrintAsJavaScriptPrintsThem(double d, String js) {
    assertEquals("{\"_\":\"d\",\"v\":" + js + "}", TlJson.toJson(new FieldBag("d").with("v", d)));
    assertEquals(d == 0 ? 0.0 : d, Double.parseDouble(js), "reads back as the same double");
  }

  @Test
  void nonFiniteDoublesBecomeNullAsInJavaScript() {
    assertEquals("{\"_\":\"d\",\"a\":null,\"b\":null}", TlJson.toJson(
        new FieldBag("d").with("a", Double.NaN).with("b", Double.NEGATIVE_INFINITY)));
  }

  @Test
  void valuesOutsideTheMappingAreRejected() {
    FieldBag o = new FieldBag("x").with("v", new Object());
    assertThrows(IllegalArgumentException.class, () -> TlJson.toJson(o));
  }
}
