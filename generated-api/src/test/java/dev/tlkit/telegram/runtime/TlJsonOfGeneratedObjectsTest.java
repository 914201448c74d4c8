package dev.tlkit.telegram.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tlkit.runtime.TlBytes;
import dev.tlkit.runtime.TlJson;
import dev.tlkit.telegram.GzipPacked;
import dev.tlkit.telegram.InputGroupCallSlug;
import dev.tlkit.telegram.InputPeerSelf;
import dev.tlkit.telegram.InputPeerUser;
import dev.tlkit.telegram.JsonBool;
import dev.tlkit.telegram.JsonNumber;
import dev.tlkit.telegram.JsonObjectValue;
import dev.tlkit.telegram.JsonString;
import dev.tlkit.telegram.MessagesDeleteMessages;
import dev.tlkit.telegram.PhoneGetGroupParticipants;
import dev.tlkit.telegram.PingDelayDisconnect;
import dev.tlkit.telegram.StatsPercentValue;
import dev.tlkit.telegram.TlsBlockPermutation;
import dev.tlkit.telegram.TlsBlockString;
import dev.tlkit.telegram.UsersGetUsers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The JSON form of golden vectors ({@link TlJson}), of generated objects. These were tl-runtime's
 * ({@code TlJsonTest}), run on hand-written imitations of generated code; they live here because
 * they need generated code, and tl-runtime cannot depend on the generator (tl-codegen depends on
 * tl-runtime). What no generated object can hold, a value outside the mapping, stays there.
 */
class TlJsonOfGeneratedObjectsTest {
  @Test
  void goldenVectorForm() {
    InputPeerUser peer = new InputPeerUser(-4644397401204110986L, 8876526684309139148L);
    assertEquals("{\"_\":\"inputPeerUser\",\"user_id\":\"-4644397401204110986\","
        + "\"access_hash\":\"8876526684309139148\"}", TlJson.toJson(peer));
  }

  @Test
  void everyKindOfValue() {
    // int and long: a long is a decimal string
    assertEquals("{\"_\":\"ping_delay_disconnect\",\"ping_id\":\"-9223372036854775808\","
        + "\"disconnect_delay\":-7}", TlJson.toJson(new PingDelayDisconnect(Long.MIN_VALUE, -7)));
    // string, a nested object, double
    assertEquals("{\"_\":\"jsonObjectValue\",\"key\":\"naïve 😀\","
        + "\"value\":{\"_\":\"jsonNumber\",\"value\":0.5}}",
        TlJson.toJson(new JsonObjectValue("naïve 😀", new JsonNumber(0.5))));
    // bytes
    assertEquals("{\"_\":\"gzip_packed\",\"packed_data\":\"00ff\"}",
        TlJson.toJson(new GzipPacked(TlBytes.ofHex("00ff"))));
    // Bool
    assertEquals("{\"_\":\"jsonBool\",\"value\":false}", TlJson.toJson(new JsonBool(false)));
    // a flags.N?true and a list
    assertEquals("{\"_\":\"messages.deleteMessages\",\"revoke\":false,\"id\":[1,2]}",
        TlJson.toJson(new MessagesDeleteMessages(false, List.of(1, 2))));
    // nested lists
    assertEquals("{\"_\":\"tlsBlockPermutation\","
        + "\"entries\":[[{\"_\":\"tlsBlockString\",\"data\":\"a\"}],[]]}",
        TlJson.toJson(new TlsBlockPermutation(
            List.of(List.of(new TlsBlockString("a")), List.of()))));
  }

  @Test
  void theExampleRequestInSchemaOrder() {
    assertEquals("{\"_\":\"phone.requestCall\",\"video\":true,"
        + "\"user_id\":{\"_\":\"inputUser\",\"user_id\":\"123456789\","
        + "\"access_hash\":\"-987654321987654321\"},"
        + "\"random_id\":43,\"g_a_hash\":\"61726269747261727920313920627974657321\","
        + "\"protocol\":{\"_\":\"phoneCallProtocol\",\"udp_p2p\":true,\"udp_reflector\":true,"
        + "\"min_layer\":65,\"max_layer\":92,\"library_versions\":[\"some string here\"]}}",
        TlJson.toJson(ExampleRequestCall.object()));
  }

  @Test
  void prettyIndentsByTwoSpaces() {
    PhoneGetGroupParticipants o = new PhoneGetGroupParticipants(
        new InputGroupCallSlug("c"), List.of(new InputPeerSelf()), List.of(1, 2), "", 0);
    assertEquals(String.join("\n",
        "{",
        "  \"_\": \"phone.getGroupParticipants\",",
        "  \"call\": {",
        "    \"_\": \"inputGroupCallSlug\",",
        "    \"slug\": \"c\"",
        "  },",
        "  \"ids\": [",
        "    {",
        "      \"_\": \"inputPeerSelf\"",
        "    }",
        "  ],",
        "  \"sources\": [",
        "    1,",
        "    2",
        "  ],",
        "  \"offset\": \"\",",
        "  \"limit\": 0",
        "}"), TlJson.toJson(o, true));
    assertEquals(String.join("\n",
        "{",
        "  \"_\": \"users.getUsers\",",
        "  \"id\": []",
        "}"), TlJson.toJson(new UsersGetUsers(List.of()), true));
  }

  @Test
  void stringsAreEscapedAsJsonStringifyDoes() {
    JsonString o = new JsonString("q\" b\\ /\n\r\t\b\f \u0000\u001f\u007f é \u2028"
        + " \ud83d\ude00 lone \ud800.");
    assertEquals("{\"_\":\"jsonString\",\"value\":\"q\\\" b\\\\ /\\n\\r\\t\\b\\f \\u0000\\u001f"
        + "\u007f é \u2028 \ud83d\ude00 lone \\ud800.\"}", TlJson.toJson(o));
  }

  @ParameterizedTest(name = "{0} prints as {1}")
  @CsvSource({
    "3.0,                     3",
    "100.0,                   100",
    "-2.5,                    -2.5",
    "0.1,                     0.1",
    "0.30000000000000004,     0.30000000000000004",
    "0.3333333333333333,      0.3333333333333333",
    "-0.0,                    -0",
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
    assertEquals("{\"_\":\"jsonNumber\",\"value\":" + js + "}", TlJson.toJson(new JsonNumber(d)));
    assertEquals(d, Double.parseDouble(js), "reads back as the same double");
  }

  /** JSON.stringify writes null, which cannot be read back: these are protobuf JSON's strings. */
  @Test
  void nonFiniteDoublesBecomeStringsThatReadBack() {
    assertEquals("{\"_\":\"statsPercentValue\",\"part\":\"NaN\",\"total\":\"-Infinity\"}",
        TlJson.toJson(new StatsPercentValue(Double.NaN, Double.NEGATIVE_INFINITY)));
  }
}
