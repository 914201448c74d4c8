package dev.tlkit.cli.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaLoader;
import dev.tlkit.schema.SchemaOptions;
import dev.tlkit.runtime.json.JsonDialect;
import dev.tlkit.runtime.json.JsonReadOptions;
import dev.tlkit.runtime.json.TlJsonException;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Byte strings written by hand from the TL binary rules, one field per line, against what
 * {@link SchemaEncoder} (the runtime's JSON encoder, by the schema's shapes alone) builds from the
 * JSON value.
 */
class SchemaEncoderTest {
  /** A small schema exercising every wire form; ids are written out, so TRUST takes them as is. */
  private static final String SAMPLE_TL = """
      boolFalse#bc799737 = Bool;
      boolTrue#997275b5 = Bool;
      true#3fedd339 = True;
      vector#1cb5c415 {t:Type} # [ t ] = Vector t;
      point#11111111 x:int y:int = Point;
      sample#22222222 flags:# big:flags.0?true text:flags.1?string data:bytes pi:double \
      nonce:int128 points:vector<point> boxed:Vector<Point> ok:Bool = Sample;
      pair#66666666 flags:# a:flags.3?int b:flags.3?long = Pair;
      ---functions---
      echo#44444444 {X:Type} query:!X = X;
      ping#55555555 n:int = Point;
      """;

  private static final Schema SAMPLE = new SchemaLoader(new SchemaOptions(IdPolicy.TRUST, Set.of()))
      .add("sample.tl", SAMPLE_TL).load();

  private static byte[] encode(Schema schema, String json) {
    return new SchemaEncoder(schema, JsonReadOptions.of(JsonDialect.TLKIT)).encode(json);
  }

  private static String hex(String... parts) {
    return String.join("", parts);
  }

  private static void assertBytes(String expectedHex, byte[] actual) {
    assertEquals(expectedHex, HexFormat.of().formatHex(actual));
  }

  @Test
  void longsAreLittleEndianFromDecimalStrings() {
    String json = "{\"_\":\"inputPeerUser\",\"user_id\":\"1\",\"access_hash\":\"-2\"}";
    assertBytes(hex(
        "4ca5e8dd",          // inputPeerUser#dde8a54c
        "0100000000000000",  // user_id: 1
        "feffffffffffffff"), // access_hash: -2
        encode(BundledSchema.get(), json));
  }

  @Test
  void phoneRequestCallOfTheSeedExample() {
    String json = """
        {"_":"phone.requestCall","video":true,
         "user_id":{"_":"inputUser","user_id":"123456789","access_hash":"-987654321987654321"},
         "random_id":43,"g_a_hash":"61726269747261727920646174612068657265",
         "protocol":{"_":"phoneCallProtocol","udp_p2p":true,"udp_reflector":true,
           "min_layer":43,"max_layer":43,"library_versions":["some string here"]}}""";
    assertBytes(hex(
        "ed96ff42",                                     // phone.requestCall#42ff96ed
        "01000000",                                     // flags: video (bit 0); no conference_call
        "c65811f2",                                     // user_id: inputUser#f21158c6
        "15cd5b0700000000",                             //   user_id: 123456789 = 0x075bcd15
        "4fed0b81a0254bf2",                             //   access_hash: -987654321987654321
        "2b000000",                                     // random_id: 43
        "13", "61726269747261727920646174612068657265", // g_a_hash: length 19, 19 bytes, no padding
        "c88f87fc",                                     // protocol: phoneCallProtocol#fc878fc8
        "03000000",                                     //   flags: udp_p2p (0), udp_reflector (1)
        "2b000000",                                     //   min_layer: 43
        "2b000000",                                     //   max_layer: 43
        "15c4b51c", "01000000",                         //   library_versions: vector id, 1 element
        "10", "736f6d6520737472696e672068657265", "000000"), // length 16, 16 bytes, 3 padding
        encode(BundledSchema.get(), json));
  }

  @Test
  void everyWireForm() {
    String text = "a".repeat(254);
    String json = "{\"_\":\"sample\",\"big\":true,\"text\":\"" + text + "\",\"data\":\"010203\","
        + "\"pi\":1.5,\"nonce\":\"000102030405060708090a0b0c0d0e0f\","
        + "\"points\":[{\"_\":\"point\",\"x\":1,\"y\":-1}],"
        + "\"boxed\":[{\"_\":\"point\",\"x\":2,\"y\":3}],\"ok\":false}";
    assertBytes(hex(
        "22222222",                             // sample#22222222
        "03000000",                             // flags: big (bit 0), text (bit 1)
        "fefe0000", "61".repeat(254), "0000",   // text: fe + length 254 in 3 bytes, 2 padding
        "03", "010203",                         // data: length 3, 3 bytes, no padding
        "000000000000f83f",                     // pi: 1.5 = 0x3ff8000000000000
        "000102030405060708090a0b0c0d0e0f",     // nonce: int128, 16 raw bytes
        "01000000",                             // points: bare vector, count 1, no id
        "01000000", "ffffffff",                 //   bare point: x 1, y -1, no id
        "15c4b51c", "01000000",                 // boxed: vector id, count 1
        "11111111", "02000000", "03000000",     //   point#11111111: x 2, y 3
        "379779bc"),                            // ok: boolFalse#bc799737
        encode(SAMPLE, json));
  }

  @Test
  void absentFlagsAndTheLengthBoundary() {
    String json = "{\"_\":\"sample\",\"big\":false,\"data\":\"" + "ab".repeat(253) + "\","
        + "\"pi\":-2,\"nonce\":\"" + "00".repeat(16) + "\",\"points\":[],\"boxed\":[],\"ok\":true}";
    assertBytes(hex(
        "22222222",                            // sample#22222222
        "00000000",                            // flags: none; big false, text absent
        "fd", "ab".repeat(253), "0000",        // data: length 253 still takes one byte; 2 padding
        "00000000000000c0",                    // pi: -2.0 = 0xc000000000000000
        "00".repeat(16),                       // nonce
        "00000000",                            // points: count 0
        "15c4b51c", "00000000",                // boxed: vector id, count 0
        "b5757299"),                           // ok: boolTrue#997275b5
        encode(SAMPLE, json));
  }

  @Test
  void fieldsSharingABitSetItOnce() {
    assertBytes(hex(
        "66666666",                            // pair#66666666
        "08000000",                            // flags: bit 3, for a and b
        "07000000",                            // a: 7
        "0800000000000000"),                   // b: 8
        encode(SAMPLE, "{\"_\":\"pair\",\"a\":7,\"b\":\"8\"}"));
    TlJsonException e = assertThrows(TlJsonException.class,
        () -> encode(SAMPLE, "{\"_\":\"pair\",\"a\":7}"));
    assertEquals("b", e.path());
  }

  @Test
  void aFunctionAsQuery() {
    assertBytes(hex(
        "44444444",                            // echo#44444444
        "55555555",                            // query: ping#55555555, boxed
        "07000000"),                           //   n: 7
        encode(SAMPLE, "{\"_\":\"echo\",\"query\":{\"_\":\"ping\",\"n\":7}}"));
  }

  @Test
  void invokeWithLayerOfTheGoldenVectors() {
    String json = "{\"_\":\"invokeWithLayer\",\"layer\":43,"
        + "\"query\":{\"_\":\"account.updateStatus\",\"offline\":false}}";
    assertBytes(hex(
        "0d0d9bda",                            // invokeWithLayer#da9b0d0d
        "2b000000",                            // layer: 43
        "2c562866",                            // query: account.updateStatus#6628562c
        "379779bc"),                           //   offline: boolFalse
        encode(BundledSchema.get(), json));
  }

  @Test
  void errorsNameThePath() {
    assertEquals("query",
        assertThrows(TlJsonException.class,
            () -> encode(SAMPLE, "{\"_\":\"echo\",\"query\":{\"_\":\"point\",\"x\":1,\"y\":2}}"))
            .path());
    assertEquals("boxed[0].y", assertThrows(TlJsonException.class, () -> encode(SAMPLE,
        "{\"_\":\"sample\",\"big\":false,\"data\":\"\",\"pi\":0,\"nonce\":\"" + "00".repeat(16)
            + "\",\"points\":[],\"boxed\":[{\"_\":\"point\",\"x\":1,\"y\":2147483648}],"
            + "\"ok\":true}")).path());
    TlJsonException missing = assertThrows(TlJsonException.class,
        () -> encode(SAMPLE, "{\"_\":\"point\",\"x\":1}"));
    assertEquals("missing field y of point (line 1, column 19)", missing.getMessage());
    assertThrows(TlJsonException.class,
        () -> encode(SAMPLE, "{\"_\":\"point\",\"x\":1,\"y\":2,\"z\":3}"));
    assertThrows(TlJsonException.class,
        () -> encode(SAMPLE, "{\"_\":\"pair\",\"flags\":8,\"a\":7,\"b\":\"8\"}"));
    assertThrows(TlJsonException.class, // a long must be a string
        () -> encode(BundledSchema.get(),
            "{\"_\":\"inputPeerUser\",\"user_id\":1,\"access_hash\":\"2\"}"));
    assertThrows(TlJsonException.class,
        () -> encode(SAMPLE, "{\"_\":\"nosuch\"}"));
  }
}
