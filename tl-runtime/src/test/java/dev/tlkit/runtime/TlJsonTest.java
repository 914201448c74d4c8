package dev.tlkit.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.runtime.Samples.FieldBag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  @Test
  void parsesEveryKindOfValue() {
    Object v = TlJson.parse(
        " {\"a\": [1, -2.50, 3e2, 0],"
            + " \"b\": {\"c\": null, \"d\": true, \"e\": false}, \"f\": \"x\"}\n");
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("a", List.of(new BigDecimal("1"), new BigDecimal("-2.50"),
        new BigDecimal("3e2"), new BigDecimal("0")));
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("c", null);
    b.put("d", true);
    b.put("e", false);
    expected.put("b", b);
    expected.put("f", "x");
    assertEquals(expected, v);
    assertTrue(v instanceof LinkedHashMap);
    assertTrue(((Map<?, ?>) v).get("a") instanceof ArrayList);
    assertEquals(List.of("a", "b", "f"), new ArrayList<>(((Map<?, ?>) v).keySet()));
  }

  @Test
  void numbersKeepEveryDigit() {
    assertEquals(new BigDecimal("12345678901234567890.12345678901234567890"),
        TlJson.parse("12345678901234567890.12345678901234567890"));
    assertEquals(new BigDecimal("-0"), TlJson.parse("-0"));
    assertEquals(new BigDecimal("1E-5"), TlJson.parse("1E-5"));
    assertNull(TlJson.parse("null"));
  }

  @Test
  void parsesEscapes() {
    assertEquals("\" \\ / \b \f \n \r \t é 😀",
        TlJson.parse("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00e9 \\ud83d\\ude00\""));
    assertEquals("é", TlJson.parse("\"\\u00E9\""));
  }

  @Test
  void readsBackWhatItWrites() {
    Object parsed = TlJson.parse(TlJson.toJson(Samples.requestCall(), true));
    Map<?, ?> call = (Map<?, ?>) parsed;
    assertEquals("phone.requestCall", call.get("_"));
    assertEquals("-987654321987654321", ((Map<?, ?>) call.get("user_id")).get("access_hash"));
    assertEquals(new BigDecimal("43"), call.get("random_id"));
    String tricky = "q\" \\ \n \u0001 \ud800 😀";
    Map<?, ?> s = (Map<?, ?>) TlJson.parse(TlJson.toJson(new FieldBag("s").with("v", tricky)));
    assertEquals(tricky, s.get("v"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
    "''                  | bad JSON at position 0: unexpected end of input, expected a value",
    "'[1,]'              | bad JSON at position 3: unexpected ']', expected a value",
    "'{\"a\":1,}'        | bad JSON at position 7: expected a string key, found '}'",
    "'{\"a\" 1}'         | bad JSON at position 5: expected ':', found '1'",
    "'{\"a\":1,\"a\":2}' | bad JSON at position 7: duplicate key \"a\" in the object starting at"
        + " position 0",
    "'\"abc'             | bad JSON at position 4: unterminated string",
    "'\"a\\x\"'          | bad JSON at position 2: invalid escape \\x",
    "'\"\\u12g4\"'       | bad JSON at position 5: invalid hex digit 'g' in a \\u escape",
    "'01'                | bad JSON at position 1: unexpected '1' after the JSON value",
    "'1.'                | bad JSON at position 2: expected a digit after the decimal point, found"
        + " end of input",
    "'-'                 | bad JSON at position 1: expected a digit, found end of input",
    "'1e'                | bad JSON at position 2: expected a digit in the exponent, found end"
        + " of input",
    "'tru'               | bad JSON at position 0: unexpected 't', expected a value",
    "'[1] x'             | bad JSON at position 4: unexpected 'x' after the JSON value",
    "'NaN'               | bad JSON at position 0: unexpected 'N', expected a value",
    "'1e99999999999'     | bad JSON at position 0: number out of range: 1e99999999999",
  })
  void rejectsBadJsonWithAPosition(String json, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TlJson.parse(json));
    assertEquals(message, e.getMessage());
  }

  @Test
  void rejectsRawControlCharactersInStrings() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TlJson.parse("\"a\nb\""));
    assertEquals("bad JSON at position 2: control character U+000A in a string", e.getMessage());
  }

  @Test
  void deepNestingIsAnErrorNotAStackOverflow() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TlJson.parse(deep));
    assertTrue(e.getMessage().endsWith("nesting deeper than 512"), e.getMessage());
    assertEquals(List.of(List.of()), TlJson.parse("[[]]"));
  }
}
